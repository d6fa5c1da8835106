import type { TUser } from '@sp/domain';
import { useTranslation } from 'react-i18next';
import { useRouteLoaderData } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { ErrorState } from '../../components/status-views';
import { useCases } from '../../features/cases/api/get-cases';
import { CaseTable } from '../../features/cases/components/case-table';
import { sortForUnitInbox } from '../../features/cases/components/sort-cases';

/** The unit's notices (the API shows a unit only its own cases, from the notice on). */
export default function UnitInboxRoute() {
  const { t } = useTranslation();
  const me = useRouteLoaderData('app') as TUser;
  const list = useCases({ pageSize: 100 });
  return (
    <>
      <PageHeader title={t('unit.inboxTitle')} subtitle={me.unitName ?? undefined} />
      {list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <CaseTable
          label={t('unit.inboxTitle')}
          cases={sortForUnitInbox(list.data?.items ?? [])}
          loading={list.isPending}
          columns={['noticeNumber', 'title', 'acknowledged', 'deadline', 'state']}
          linkColumn="noticeNumber"
          emptyText={t('unit.inboxEmpty')}
        />
      )}
    </>
  );
}
