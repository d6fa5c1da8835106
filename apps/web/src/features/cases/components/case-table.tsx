import type { TCaseSummary } from '@sp/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DeadlineBadge } from '../../../components/deadline-badge';
import { type ListColumn, type Paging, ResponsiveList } from '../../../components/responsive-list';
import { StateTag } from '../../../components/state-tag';
import { formatDateTime } from '../../../lib/format';
import { unitLabel } from './unit-label';

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
  paging?: Paging;
  linkTo?: (c: TCaseSummary) => string;
  /** The column whose text links to the case (default: the case number). */
  linkColumn?: 'number' | 'noticeNumber';
  /** data-testid of the list (its cards get `<testId>-item` on a phone). */
  testId?: string;
};

/** A list of cases; the number links to the case. A table from 768 px up, cards below (ResponsiveList). */
export function CaseTable({
  label,
  cases,
  columns,
  loading,
  emptyText,
  paging,
  linkTo,
  linkColumn = 'number',
  testId = 'case-list',
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
  const none = t('common.none');
  const all: Record<CaseColumn, ListColumn<TCaseSummary>> = {
    number: { key: 'number', title: t('columns.number'), width: 150, render: (c) => cell(c, 'number') },
    title: { key: 'title', title: t('columns.title'), width: 240, render: (c) => c.title },
    unit: { key: 'unit', title: t('columns.unit'), width: 170, render: (c) => unitLabel(t, c) },
    assignee: {
      key: 'assignee',
      title: t('fields.assigneeId.label'),
      width: 100,
      render: (c) => c.assigneeName ?? none,
    },
    source: {
      key: 'source',
      title: t('columns.source'),
      width: 110,
      render: (c) => t(`sources.${c.source}`),
    },
    state: {
      key: 'state',
      title: t('columns.state'),
      width: 150,
      render: (c) => <StateTag state={c.state} outcome={c.outcome} />,
    },
    deadline: {
      key: 'deadline',
      title: t('columns.deadline'),
      width: 170,
      render: (c) => (c.dueAt ? <DeadlineBadge status={c.deadlineStatus} dueAt={c.dueAt} /> : none),
    },
    createdAt: {
      key: 'createdAt',
      title: t('columns.createdAt'),
      width: 140,
      render: (c) => formatDateTime(c.createdAt),
    },
    noticeNumber: {
      key: 'noticeNumber',
      title: t('columns.noticeNumber'),
      width: 170,
      render: (c) => cell(c, 'noticeNumber'),
    },
    acknowledged: {
      key: 'acknowledged',
      title: t('columns.acknowledged'),
      width: 100,
      render: (c) =>
        c.acknowledgedAt ? (
          <span className="sp-ack sp-ack--done">{t('unit.acknowledged')}</span>
        ) : (
          <span className="sp-ack sp-ack--pending">{t('unit.notAcknowledged')}</span>
        ),
    },
  };
  return (
    <ResponsiveList<TCaseSummary>
      label={label}
      rows={cases}
      rowKey={(c) => c.id}
      columns={columns.map((c) => all[c])}
      loading={loading}
      emptyText={emptyText}
      paging={paging}
      testId={testId}
      rowTestId="case-row"
    />
  );
}
