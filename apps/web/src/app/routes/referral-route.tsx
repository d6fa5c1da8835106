import type { TCaseSummary } from '@sp/domain';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { ErrorState } from '../../components/status-views';
import { useCases } from '../../features/cases/api/get-cases';
import { CaseTable } from '../../features/cases/components/case-table';

const URGENCY = { OVERDUE: 0, DUE_SOON: 1, ON_TRACK: 2 } as const;
const urgency = (c: TCaseSummary) => (c.deadlineStatus ? URGENCY[c.deadlineStatus] : 3);

/** Cases the director may refer to discipline inspection by hand (移送纪检监察), most urgent first. */
export default function ReferralRoute() {
  const { t } = useTranslation();
  const awaiting = useCases({ state: 'AWAITING_REPLY', pageSize: 100 });
  const review = useCases({ state: 'REPLY_UNDER_REVIEW', pageSize: 100 });
  const error = awaiting.error ?? review.error;
  const cases = [...(awaiting.data?.items ?? []), ...(review.data?.items ?? [])].sort(
    (a, b) => urgency(a) - urgency(b),
  );
  return (
    <>
      <PageHeader title={t('director.referralTitle')} subtitle={t('director.referralHint')} />
      {error ? (
        <ErrorState error={error} onRetry={() => void Promise.all([awaiting.refetch(), review.refetch()])} />
      ) : (
        <CaseTable
          label={t('director.referralTitle')}
          cases={cases}
          loading={awaiting.isPending || review.isPending}
          columns={['number', 'title', 'unit', 'noticeNumber', 'state', 'deadline', 'acknowledged']}
          emptyText={t('director.referralEmpty')}
        />
      )}
    </>
  );
}
