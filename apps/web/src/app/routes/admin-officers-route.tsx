import { OFFICER_STATUSES, type OfficerStatus, type TOfficer } from '@sp/domain';
import { Alert, Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DataColumn, DataList } from '../../components/data-list';
import { SelectField } from '../../components/form/choice-fields';
import { TextField } from '../../components/form/text-fields';
import { PageHeader } from '../../components/page-header';
import { ErrorState } from '../../components/status-views';
import { XlsxImportCard } from '../../components/xlsx-import-card';
import { OFFICER_TEMPLATE_URL, useImportOfficers, useOfficers } from '../../features/registry/api/officers';
import { OfficerForm } from '../../features/registry/components/officer-form';
import { OfficerStatusPanel } from '../../features/registry/components/officer-status-panel';
import { OfficerStatusTag } from '../../features/registry/components/officer-status-tag';
import { useUnits } from '../../features/units/api/get-units';

type Dialog = { kind: 'edit'; officer: TOfficer | null } | { kind: 'status'; officer: TOfficer } | null;

/** 执法人员 (admin): search, register, edit, status decisions with history, .xlsx import. */
export default function AdminOfficersRoute() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const units = useUnits();
  const [filter, setFilter] = useState({ q: '', unitId: '', status: '' });
  const [page, setPage] = useState(1);
  const query = {
    page,
    q: filter.q || undefined,
    unitId: filter.unitId || undefined,
    status: (filter.status || undefined) as OfficerStatus | undefined,
  };
  const officers = useOfficers(query);
  const importer = useImportOfficers();
  const [dialog, setDialog] = useState<Dialog>(null);
  const set = (key: keyof typeof filter) => (value: string) => {
    setFilter((f) => ({ ...f, [key]: value }));
    setPage(1);
  };
  const l = (key: string) => t(`registry.officers.${key}` as 'registry.officers.name');

  const columns: DataColumn<TOfficer>[] = [
    { key: 'name', title: l('name'), render: (o) => o.name },
    { key: 'certificateNo', title: l('certificateNo'), render: (o) => o.certificateNo },
    { key: 'unit', title: l('unit'), render: (o) => o.unitName },
    { key: 'fields', title: l('fields'), render: (o) => o.fields.join('、') || '—' },
    { key: 'validUntil', title: l('validUntil'), render: (o) => o.validUntil },
    { key: 'status', title: l('status'), render: (o) => <OfficerStatusTag status={o.status} /> },
    {
      key: 'actions',
      title: t('registry.common.actions'),
      render: (o) => (
        <span className="sp-reg-actions">
          <Button size="small" onClick={() => setDialog({ kind: 'edit', officer: o })}>
            {t('registry.common.edit')}
          </Button>
          <Button
            size="small"
            onClick={() => setDialog({ kind: 'status', officer: o })}
            data-testid="officer-status-open"
          >
            {l('changeStatus')}
          </Button>
        </span>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={l('title')}
        subtitle={l('intro')}
        extra={
          <Button
            type="primary"
            onClick={() => setDialog({ kind: 'edit', officer: null })}
            data-testid="officer-add"
          >
            {l('add')}
          </Button>
        }
      />
      {notice && (
        <Alert
          type="success"
          showIcon
          role="status"
          title={notice}
          closable
          onClose={() => setNotice(null)}
          className="sp-gap"
        />
      )}
      <search className="sp-toolbar sp-panel" aria-label={t('common.search')}>
        <TextField id="officers-q" label={l('search')} value={filter.q} onChange={set('q')} type="search" />
        <SelectField
          id="officers-unit"
          label={l('unit')}
          value={filter.unitId}
          onChange={set('unitId')}
          placeholder={t('registry.common.all')}
          choices={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
        />
        <SelectField
          id="officers-status"
          label={l('status')}
          value={filter.status}
          onChange={set('status')}
          placeholder={t('registry.common.all')}
          choices={OFFICER_STATUSES.map((s) => ({
            value: s,
            label: t(`registry.terms.officerStatuses.${s}`),
          }))}
        />
      </search>
      {officers.error ? <ErrorState error={officers.error} onRetry={() => void officers.refetch()} /> : null}
      <DataList
        label={l('title')}
        rows={officers.data?.items ?? []}
        rowKey={(o) => o.id}
        columns={columns}
        cardTitle={(o) => (
          <>
            {o.name} <OfficerStatusTag status={o.status} />
          </>
        )}
        emptyText={l('empty')}
        loading={officers.isPending}
        paging={
          officers.data
            ? { page, pageSize: officers.data.pageSize, total: officers.data.total, onChange: setPage }
            : undefined
        }
        testId="officers-list"
      />
      <div className="sp-gap-top">
        <XlsxImportCard
          templateUrl={OFFICER_TEMPLATE_URL}
          importFile={(f) => importer.mutateAsync(f)}
          pending={importer.isPending}
          testId="officers-import"
        />
      </div>
      <Modal
        open={dialog !== null}
        onCancel={() => setDialog(null)}
        footer={null}
        width={720}
        destroyOnHidden
        title={
          dialog?.kind === 'status'
            ? `${l('changeStatus')} · ${dialog.officer.name}`
            : dialog?.officer
              ? t('registry.common.edit')
              : l('add')
        }
      >
        {dialog?.kind === 'edit' && (
          <OfficerForm
            officer={dialog.officer}
            units={units.data ?? []}
            onSaved={(o) => {
              setDialog(null);
              setNotice(t('registry.officers.registered', { name: o.name }));
            }}
          />
        )}
        {dialog?.kind === 'status' && (
          <OfficerStatusPanel officer={dialog.officer} onChanged={() => setNotice(l('statusChanged'))} />
        )}
      </Modal>
    </>
  );
}
