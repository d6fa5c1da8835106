import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { SectionCard } from '../../components/section-card';
import { EmptyState, ErrorState, Loading } from '../../components/status-views';
import { useCases } from '../../features/cases/api/get-cases';
import { useReferralReason } from '../../features/cases/components/case-status-cards';
import { ReferralTable } from '../../features/discipline/components/referral-table';

/**
 * 纪检监察's inbox: the cases referred to it (those it can act on first), each opening to 签收 and
 * disposition. One request: the list carries the caller's allowed actions and 逾期时长.
 */
export default function ReferralsRoute() {
  const { t } = useTranslation();
  const reasonText = useReferralReason();
  const list = useCases({ pageSize: 100 });
  const cases = list.data?.items ?? [];
  const open = cases.filter((c) => (c.allowedActions ?? []).length > 0);
  const done = cases.filter((c) => (c.allowedActions ?? []).length === 0);

  let body = <Loading />;
  if (list.error) body = <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  else if (!list.isPending && cases.length === 0) body = <EmptyState>{t('discipline.empty')}</EmptyState>;
  else if (!list.isPending)
    body = (
      <>
        <SectionCard title={t('discipline.openTitle')}>
          {open.length > 0 ? (
            <ReferralTable
              label={`${t('discipline.inboxTitle')}（${t('discipline.openTitle')}）`}
              cases={open}
              reasonText={reasonText}
            />
          ) : (
            <EmptyState>{t('discipline.empty')}</EmptyState>
          )}
        </SectionCard>
        {done.length > 0 && (
          <SectionCard title={t('discipline.doneTitle')}>
            <ReferralTable
              label={`${t('discipline.inboxTitle')}（${t('discipline.doneTitle')}）`}
              cases={done}
              reasonText={reasonText}
            />
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
