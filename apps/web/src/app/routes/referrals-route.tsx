import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { SectionCard } from '../../components/section-card';
import { EmptyState, ErrorState, Loading } from '../../components/status-views';
import { caseQueryOptions } from '../../features/cases/api/get-case';
import { useCases } from '../../features/cases/api/get-cases';
import { useReferralReason } from '../../features/cases/components/case-status-cards';
import { ReferralTable } from '../../features/discipline/components/referral-table';

/** 纪检监察's inbox: the cases referred to it (open first), each opening to 签收 and disposition. */
export default function ReferralsRoute() {
  const { t } = useTranslation();
  const reasonText = useReferralReason();
  const list = useCases({ pageSize: 100 });
  const details = useQueries({ queries: (list.data?.items ?? []).map((c) => caseQueryOptions(c.id)) });
  const failed = list.error ?? details.find((d) => d.error)?.error;
  const loading = list.isPending || details.some((d) => d.isPending);
  const cases = details.flatMap((d) => (d.data ? [d.data] : []));
  const open = cases.filter((c) => c.allowedActions.length > 0);
  const done = cases.filter((c) => c.allowedActions.length === 0);

  let body = <Loading />;
  if (failed) body = <ErrorState error={failed} onRetry={() => void list.refetch()} />;
  else if (!loading && cases.length === 0) body = <EmptyState>{t('discipline.empty')}</EmptyState>;
  else if (!loading)
    body = (
      <>
        <SectionCard title={t('discipline.openTitle')}>
          {open.length > 0 ? (
            <ReferralTable cases={open} reasonText={reasonText} />
          ) : (
            <EmptyState>{t('discipline.empty')}</EmptyState>
          )}
        </SectionCard>
        {done.length > 0 && (
          <SectionCard title={t('discipline.doneTitle')}>
            <ReferralTable cases={done} reasonText={reasonText} />
          </SectionCard>
        )}
      </>
    );

  return (
    <>
      <PageHeader title={t('discipline.inboxTitle')} />
      {body}
    </>
  );
}
