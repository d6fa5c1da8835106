import type { TCase } from '@sp/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StateTag } from '../../../components/state-tag';
import { daysBetween, formatDateTime } from '../../../lib/format';

type Props = { cases: TCase[]; reasonText: (reason: string) => string };

/** Why each case was referred, by whom, how long it is overdue, and whether it was signed for. */
export function ReferralTable({ cases, reasonText }: Props) {
  const { t } = useTranslation();
  return (
    <div className="sp-table-scroll">
      <table className="sp-simple-table" data-testid="referral-table">
        <caption className="sp-visually-hidden">{t('discipline.inboxTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.number')}</th>
            <th scope="col">{t('columns.title')}</th>
            <th scope="col">{t('columns.unit')}</th>
            <th scope="col">{t('columns.referralReason')}</th>
            <th scope="col">{t('discipline.overdue')}</th>
            <th scope="col">{t('columns.acknowledged')}</th>
            <th scope="col">{t('columns.state')}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => {
            const referral = c.referral;
            const dueAt = c.deadline?.dueAt ?? c.dueAt;
            const overdueDays = dueAt ? daysBetween(dueAt, referral?.at ?? new Date()) : null;
            return (
              <tr key={c.id} data-testid="referral-row">
                <th scope="row">
                  <Link to={`/cases/${c.id}`} data-testid="case-link">
                    {c.number}
                  </Link>
                </th>
                <td>{c.title}</td>
                <td>{c.unitName}</td>
                <td data-testid="referral-why">
                  {referral ? (
                    <>
                      <strong>{reasonText(referral.reason)}</strong>
                      <div className="sp-muted">
                        {t(`caseView.referralBy.${referral.by}`)} · {formatDateTime(referral.at)}
                      </div>
                    </>
                  ) : (
                    t('common.none')
                  )}
                </td>
                <td data-testid="referral-overdue">
                  {overdueDays !== null && overdueDays > 0
                    ? t('deadline.overdueBy', { n: overdueDays })
                    : t('common.none')}
                </td>
                <td>
                  {referral?.acceptedAt ? (
                    <span className="sp-ack sp-ack--done">{t('discipline.accepted')}</span>
                  ) : (
                    <span className="sp-ack sp-ack--pending">{t('discipline.pending')}</span>
                  )}
                </td>
                <td>
                  <StateTag state={c.state} outcome={c.outcome} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
