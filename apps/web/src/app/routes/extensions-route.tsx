import type { TCase } from '@sp/domain';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DeadlineBadge } from '../../components/deadline-badge';
import { PageHeader } from '../../components/page-header';
import { DetailList, SectionCard } from '../../components/section-card';
import { EmptyState, ErrorState, Loading } from '../../components/status-views';
import { caseQueryOptions } from '../../features/cases/api/get-case';
import { useCases } from '../../features/cases/api/get-cases';
import { ActionPanel } from '../../features/cases/components/action-panel';
import { formatDate } from '../../lib/format';

function ExtensionRequestItem({ c }: { c: TCase }) {
  const { t } = useTranslation();
  const request = c.extensionRequest;
  return (
    <SectionCard
      title={`${c.number}　${c.title}`}
      testId="extension-request"
      extra={<Link to={`/cases/${c.id}`}>{t('common.open')}</Link>}
    >
      <DetailList
        items={[
          { label: t('caseView.unit'), value: c.unitName },
          {
            label: t('deadline.dueAt'),
            value: <DeadlineBadge status={c.deadline?.status} dueAt={c.deadline?.dueAt} />,
          },
          {
            label: t('caseView.extension'),
            value: request
              ? t('caseView.extensionText', {
                  n: request.extraWorkingDays,
                  date: formatDate(request.requestedAt),
                  reason: request.reason,
                })
              : t('common.none'),
          },
        ]}
      />
      <div className="sp-gap-top">
        <ActionPanel caseData={c} attachments={[]} only={['grant_extension', 'deny_extension']} />
      </div>
    </SectionCard>
  );
}

/** Extension requests awaiting the director (the list filter), each with its decision panel. */
export default function ExtensionsRoute() {
  const { t } = useTranslation();
  const list = useCases({ state: 'AWAITING_REPLY', extensionPending: true, pageSize: 100 });
  const details = useQueries({ queries: (list.data?.items ?? []).map((c) => caseQueryOptions(c.id)) });
  const loading = list.isPending || details.some((d) => d.isPending);
  const failed = list.error ?? details.find((d) => d.error)?.error;
  const pending = details.flatMap((d) =>
    d.data?.allowedActions.includes('grant_extension') ? [d.data] : [],
  );

  let body = <Loading />;
  if (failed) body = <ErrorState error={failed} onRetry={() => void list.refetch()} />;
  else if (!loading && pending.length === 0) body = <EmptyState>{t('director.extensionsEmpty')}</EmptyState>;
  else if (!loading)
    body = (
      <div>
        {pending.map((c) => (
          <ExtensionRequestItem key={c.id} c={c} />
        ))}
      </div>
    );

  return (
    <>
      <PageHeader title={t('director.extensionsTitle')} />
      {body}
    </>
  );
}
