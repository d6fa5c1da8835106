import type { TBenchmark } from '@sp/domain';
import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DataColumn, DataList } from '../../components/data-list';
import { TextField } from '../../components/form/text-fields';
import { PageHeader } from '../../components/page-header';
import { ErrorState } from '../../components/status-views';
import { useBenchmarks } from '../../features/registry/api/benchmarks';
import { BenchmarkForm } from '../../features/registry/components/benchmark-form';
import { useUnits } from '../../features/units/api/get-units';

/** 裁量基准 library (admin): search, add, edit. */
export default function AdminBenchmarksRoute() {
  const { t } = useTranslation();
  const units = useUnits();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const list = useBenchmarks({ page, q: q || undefined });
  const [editing, setEditing] = useState<{ benchmark: TBenchmark | null } | null>(null);
  const l = (key: string) => t(`registry.benchmarks.${key}` as 'registry.benchmarks.field');
  const columns: DataColumn<TBenchmark>[] = [
    { key: 'violation', title: l('violation'), render: (b) => b.violation },
    { key: 'field', title: l('field'), render: (b) => b.field },
    { key: 'unit', title: l('unit'), render: (b) => b.unitName ?? l('general') },
    { key: 'legalBasis', title: l('legalBasis'), render: (b) => b.legalBasis },
    {
      key: 'ranges',
      title: l('ranges'),
      render: (b) => (
        <ul className="sp-plain-list">
          {b.ranges.map((r) => (
            <li key={r.circumstance}>
              {r.circumstance}：{r.range}
            </li>
          ))}
        </ul>
      ),
    },
    {
      key: 'edit',
      title: t('registry.common.edit'),
      render: (b) => (
        <Button size="small" onClick={() => setEditing({ benchmark: b })}>
          {t('registry.common.edit')}
        </Button>
      ),
    },
  ];
  return (
    <>
      <PageHeader
        title={l('title')}
        subtitle={l('intro')}
        extra={
          <Button type="primary" onClick={() => setEditing({ benchmark: null })} data-testid="benchmark-add">
            {l('add')}
          </Button>
        }
      />
      <search className="sp-toolbar sp-panel" aria-label={t('common.search')}>
        <TextField
          id="benchmarks-q"
          label={l('search')}
          type="search"
          value={q}
          onChange={(v) => {
            setQ(v);
            setPage(1);
          }}
        />
      </search>
      {list.error ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : null}
      <DataList
        label={l('title')}
        rows={list.data?.items ?? []}
        rowKey={(b) => b.id}
        columns={columns}
        cardTitle={(b) => b.violation}
        emptyText={l('empty')}
        loading={list.isPending}
        paging={
          list.data
            ? { page, pageSize: list.data.pageSize, total: list.data.total, onChange: setPage }
            : undefined
        }
        testId="benchmarks-list"
      />
      <Modal
        open={editing !== null}
        onCancel={() => setEditing(null)}
        footer={null}
        title={editing?.benchmark ? t('registry.common.edit') : l('add')}
        destroyOnHidden
        width={760}
      >
        {editing && (
          <BenchmarkForm
            benchmark={editing.benchmark}
            units={units.data ?? []}
            onSaved={() => setEditing(null)}
          />
        )}
      </Modal>
    </>
  );
}
