import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { ErrorState } from '../../components/status-views';
import { useCases } from '../../features/cases/api/get-cases';
import { CaseTable } from '../../features/cases/components/case-table';

/** Objections the units raised (异议复核); the director decides them in the case workspace. */
export default function ObjectionsRoute() {
  const { t } = useTranslation();
  const list = useCases({ state: 'RECHECKING', pageSize: 100 });
  return (
    <>
      <PageHeader title={t('director.objectionsTitle')} />
      {list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <CaseTable
          label={t('director.objectionsTitle')}
          cases={list.data?.items ?? []}
          loading={list.isPending}
          columns={['number', 'title', 'unit', 'noticeNumber', 'state', 'deadline']}
          emptyText={t('director.objectionsEmpty')}
        />
      )}
    </>
  );
}
