import type { TCaseSummary } from '@sp/domain';
import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DeadlineBadge } from '../../../components/deadline-badge';
import { StateTag } from '../../../components/state-tag';
import { formatDateTime } from '../../../lib/format';

export type CaseColumn =
  | 'number'
  | 'title'
  | 'unit'
  | 'source'
  | 'state'
  | 'deadline'
  | 'createdAt'
  | 'noticeNumber'
  | 'acknowledged'
  | 'assignee';

type Props = {
  label: string;
  cases: TCaseSummary[];
  columns: CaseColumn[];
  loading?: boolean;
  emptyText: string;
  /** Paging; omit to show every row given. */
  paging?: { page: number; pageSize: number; total: number; onChange: (page: number) => void };
  linkTo?: (c: TCaseSummary) => string;
  /** The column whose text links to the case (default: the case number). */
  linkColumn?: 'number' | 'noticeNumber';
};

/** A list of cases; the number links to the case. Scrolls sideways on a phone. */
export function CaseTable({
  label,
  cases,
  columns,
  loading,
  emptyText,
  paging,
  linkTo,
  linkColumn = 'number',
}: Props) {
  const { t } = useTranslation();
  const href = linkTo ?? ((c: TCaseSummary) => `/cases/${c.id}`);
  const cell = (c: TCaseSummary, column: 'number' | 'noticeNumber') => {
    // A case the unit sees before any notice (要求说明) links by its own number.
    const text =
      column === 'number' ? c.number : (c.noticeNumber ?? (column === linkColumn ? c.number : null));
    if (!text) return t('common.none');
    if (column !== linkColumn) return text;
    return (
      <Link to={href(c)} data-testid="case-link">
        {text}
      </Link>
    );
  };
  const all: Record<CaseColumn, TableColumnsType<TCaseSummary>[number]> = {
    number: {
      title: t('columns.number'),
      key: 'number',
      width: 150,
      render: (_, c) => cell(c, 'number'),
    },
    title: { title: t('columns.title'), dataIndex: 'title', key: 'title', width: 240 },
    unit: { title: t('columns.unit'), dataIndex: 'unitName', key: 'unit', width: 170 },
    assignee: {
      title: t('fields.assigneeId.label'),
      key: 'assignee',
      width: 100,
      render: (_, c) => c.assigneeName ?? t('common.none'),
    },
    source: {
      title: t('columns.source'),
      key: 'source',
      width: 110,
      render: (_, c) => t(`sources.${c.source}`),
    },
    state: {
      title: t('columns.state'),
      key: 'state',
      width: 150,
      render: (_, c) => <StateTag state={c.state} outcome={c.outcome} />,
    },
    deadline: {
      title: t('columns.deadline'),
      key: 'deadline',
      width: 170,
      render: (_, c) =>
        c.dueAt ? <DeadlineBadge status={c.deadlineStatus} dueAt={c.dueAt} /> : t('common.none'),
    },
    createdAt: {
      title: t('columns.createdAt'),
      key: 'createdAt',
      width: 140,
      render: (_, c) => formatDateTime(c.createdAt),
    },
    noticeNumber: {
      title: t('columns.noticeNumber'),
      key: 'noticeNumber',
      width: 170,
      render: (_, c) => cell(c, 'noticeNumber'),
    },
    acknowledged: {
      title: t('columns.acknowledged'),
      key: 'acknowledged',
      width: 100,
      render: (_, c) =>
        c.acknowledgedAt ? (
          <span className="sp-ack sp-ack--done">{t('unit.acknowledged')}</span>
        ) : (
          <span className="sp-ack sp-ack--pending">{t('unit.notAcknowledged')}</span>
        ),
    },
  };
  return (
    <section aria-label={label} className="sp-case-table">
      <Table<TCaseSummary>
        rowKey="id"
        size="middle"
        dataSource={cases}
        columns={columns.map((c) => all[c])}
        loading={loading}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText }}
        pagination={
          paging
            ? {
                current: paging.page,
                pageSize: paging.pageSize,
                total: paging.total,
                showSizeChanger: false,
                showTotal: (total) => t('common.total', { n: total }),
                onChange: paging.onChange,
              }
            : false
        }
      />
    </section>
  );
}
