import type { TRegistryBody } from '@sp/domain';
import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DataColumn, DataList } from '../../components/data-list';
import { PageHeader } from '../../components/page-header';
import { ErrorState } from '../../components/status-views';
import { useBodies } from '../../features/registry/api/bodies';
import { BodyForm } from '../../features/registry/components/body-form';
import { formatDateTime } from '../../lib/format';

/** 执法主体 (admin): every unit, with its legal basis, fields and number of officers. */
export default function AdminBodiesRoute() {
  const { t } = useTranslation();
  const bodies = useBodies();
  const [editing, setEditing] = useState<TRegistryBody | null>(null);
  const l = (key: string) => t(`registry.bodies.${key}` as 'registry.bodies.unit');
  const columns: DataColumn<TRegistryBody>[] = [
    { key: 'unit', title: l('unit'), render: (b) => b.unitName },
    {
      key: 'legalBasis',
      title: l('legalBasis'),
      render: (b) => <span className="sp-clamp">{b.legalBasis || '—'}</span>,
    },
    { key: 'fields', title: l('fields'), render: (b) => b.fields.join('、') || '—' },
    { key: 'officers', title: l('officers'), render: (b) => b.officerCount },
    { key: 'updatedAt', title: l('updatedAt'), render: (b) => formatDateTime(b.updatedAt) },
    {
      key: 'edit',
      title: t('registry.common.edit'),
      render: (b) => (
        <Button
          size="small"
          onClick={() => setEditing(b)}
          aria-label={`${t('registry.common.edit')} ${b.unitName}`}
        >
          {t('registry.common.edit')}
        </Button>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={l('title')} subtitle={l('intro')} />
      {bodies.error ? <ErrorState error={bodies.error} onRetry={() => void bodies.refetch()} /> : null}
      <DataList
        label={l('title')}
        rows={bodies.data ?? []}
        rowKey={(b) => b.unitId}
        columns={columns}
        cardTitle={(b) => b.unitName}
        emptyText={l('empty')}
        loading={bodies.isPending}
        testId="bodies-list"
      />
      <Modal
        open={editing !== null}
        onCancel={() => setEditing(null)}
        footer={null}
        title={editing?.unitName}
        destroyOnHidden
        width={640}
      >
        {editing && <BodyForm body={editing} onSaved={() => setEditing(null)} />}
      </Modal>
    </>
  );
}
