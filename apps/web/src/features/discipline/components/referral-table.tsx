import type { TCaseSummary } from '@sp/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type ListColumn, ResponsiveList } from '../../../components/responsive-list';
import { StateTag } from '../../../components/state-tag';
import { formatDateTime } from '../../../lib/format';

type Props = { label: string; cases: TCaseSummary[]; reasonText: (reason: string) => string };

/**
 * Why each case was referred, by whom, how long it was overdue (working days, computed by the
 * server) and whether it was signed for: a table from 768 px up, cards on a phone.
 */
export function ReferralTable({ label, cases, reasonText }: Props) {
  const { t } = useTranslation();
  const none = t('common.none');
  const columns: ListColumn<TCaseSummary>[] = [
    {
      key: 'number',
      title: t('columns.number'),
      render: (c) => (
        <Link to={`/cases/${c.id}`} data-testid="case-link">
          {c.number}
        </Link>
      ),
    },
    { key: 'title', title: t('columns.title'), render: (c) => c.title },
    { key: 'unit', title: t('columns.unit'), render: (c) => c.unitName },
    {
      key: 'why',
      title: t('columns.referralReason'),
      render: (c) =>
        c.referralReason ? (
          <span data-testid="referral-why">
            <strong>{reasonText(c.referralReason)}</strong>
            {c.referralBy && c.referralAt ? (
              <span className="sp-muted">
                {' '}
                · {t(`caseView.referralBy.${c.referralBy}`)} · {formatDateTime(c.referralAt)}
              </span>
            ) : null}
          </span>
        ) : (
          none
        ),
    },
    {
      key: 'overdue',
      title: t('discipline.overdue'),
      render: (c) => (
        <span data-testid="referral-overdue">
          {c.referralOverdueWorkingDays
            ? t('discipline.overdueWorkingDays', { n: c.referralOverdueWorkingDays })
            : none}
        </span>
      ),
    },
    {
      key: 'accepted',
      title: t('columns.acknowledged'),
      render: (c) =>
        c.referralAcceptedAt ? (
          <span className="sp-ack sp-ack--done">{t('discipline.accepted')}</span>
        ) : (
          <span className="sp-ack sp-ack--pending">{t('discipline.pending')}</span>
        ),
    },
    {
      key: 'state',
      title: t('columns.state'),
      render: (c) => <StateTag state={c.state} outcome={c.outcome} />,
    },
  ];
  return (
    <ResponsiveList<TCaseSummary>
      label={label}
      rows={cases}
      rowKey={(c) => c.id}
      columns={columns}
      emptyText={t('discipline.empty')}
      testId="referral-table"
      rowTestId="referral-row"
    />
  );
}
