import { Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { ErrorState } from '../../components/status-views';
import { useCases } from '../../features/cases/api/get-cases';
import { CaseTable } from '../../features/cases/components/case-table';

/** The 本级人民政府's queue: 决定书 proposals to decide, and every case it was asked about. */
export default function DecisionsRoute() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<'pending' | 'all'>('pending');
  const list = useCases(tab === 'pending' ? { state: 'DECISION_PENDING', pageSize: 100 } : { pageSize: 100 });
  return (
    <>
      <PageHeader title={t('director.decisionsTitle')} subtitle={t('director.decisionsHint')} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as 'pending' | 'all')}
        items={[
          { key: 'pending', label: t('director.decisionsPending') },
          { key: 'all', label: t('director.decisionsAll') },
        ]}
      />
      {list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <CaseTable
          label={t('director.decisionsTitle')}
          cases={list.data?.items ?? []}
          loading={list.isPending}
          columns={['number', 'title', 'unit', 'noticeNumber', 'state', 'deadline']}
          emptyText={t('director.decisionsEmpty')}
        />
      )}
    </>
  );
}
