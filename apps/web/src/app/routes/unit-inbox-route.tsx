import type { TUser } from '@sp/domain';
import { useTranslation } from 'react-i18next';
import { useRouteLoaderData, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { ErrorState } from '../../components/status-views';
import { useCases } from '../../features/cases/api/get-cases';
import { CaseTable } from '../../features/cases/components/case-table';
import {
  readUnitInboxFilters,
  UnitInboxFilters,
  type UnitInboxFilterValues,
  unitInboxQuery,
} from '../../features/cases/components/unit-inbox-filters';

const PAGE_SIZE = 20;

/**
 * The unit's notices (the API shows a unit only its own cases, from the notice on): most urgent
 * first (overdue, due soon, newest: the server's sort=urgency), paged and filtered by the server.
 */
export default function UnitInboxRoute() {
  const { t } = useTranslation();
  const me = useRouteLoaderData('app') as TUser;
  const [params, setParams] = useSearchParams();
  const filters = readUnitInboxFilters(params);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useCases({ ...unitInboxQuery(filters), sort: 'urgency', page, pageSize: PAGE_SIZE });

  const update = (next: UnitInboxFilterValues, nextPage = 1) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) search.set(key, value);
    if (nextPage > 1) search.set('page', String(nextPage));
    setParams(search);
  };

  return (
    <>
      <PageHeader title={t('unit.inboxTitle')} subtitle={me.unitName ?? undefined} />
      <UnitInboxFilters value={filters} onChange={(f) => update(f)} />
      {list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <CaseTable
          label={t('unit.inboxTitle')}
          cases={list.data?.items ?? []}
          loading={list.isFetching}
          columns={['noticeNumber', 'title', 'acknowledged', 'deadline', 'state']}
          linkColumn="noticeNumber"
          emptyText={t('unit.inboxEmpty')}
          testId="unit-inbox"
          paging={{
            page,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            onChange: (p) => update(filters, p),
          }}
        />
      )}
    </>
  );
}
