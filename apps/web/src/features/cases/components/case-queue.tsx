import { type CaseSource, queueFilter, SOURCES, type TUser } from '@sp/domain';
import { Button, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRouteLoaderData, useSearchParams } from 'react-router';
import { ErrorState } from '../../../components/status-views';
import { casesExportUrl } from '../api/export-cases';
import { useAssignees } from '../api/get-assignees';
import { useCaseCounts } from '../api/get-case-counts';
import { useCases } from '../api/get-cases';
import { CaseTable } from './case-table';
import { QueueFilters, type QueueFilterValues } from './queue-filters';
import { QUEUE_TABS, queueTab } from './queue-tabs';
import './queue.css';

const PAGE_SIZE = 20;

function readFilters(params: URLSearchParams): QueueFilterValues {
  const source = params.get('source');
  return {
    q: params.get('q') || undefined,
    unitId: params.get('unitId') || undefined,
    source: SOURCES.includes(source as CaseSource) ? (source as CaseSource) : undefined,
    assigneeId: params.get('assigneeId') || undefined,
  };
}

/**
 * The center's triage queue: 全部, 我的案件 and a tab per stage with counts (one request for all
 * of them), search (several words, all must match), filters and paging.
 */
export function CaseQueue({ units }: { units: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const me = useRouteLoaderData('app') as TUser | undefined;
  const assignees = useAssignees();
  const [params, setParams] = useSearchParams();
  const tab = queueTab(params.get('tab'));
  const filters = readFilters(params);
  const page = Math.max(1, Number(params.get('page')) || 1);

  const tabFilter = queueFilter(tab, me?.id ?? '');
  const list = useCases({ ...filters, ...tabFilter, page, pageSize: PAGE_SIZE });
  const counts = useCaseCounts(filters);

  const update = (next: { tab?: string; page?: number; filters?: QueueFilterValues }) => {
    const f = next.filters ?? filters;
    const entries = {
      tab: next.tab ?? tab.key,
      q: f.q,
      unitId: f.unitId,
      source: f.source,
      assigneeId: f.assigneeId,
      page: next.page,
    };
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(entries))
      if (value !== undefined && value !== 1) search.set(key, String(value));
    setParams(search);
  };

  const table = list.error ? (
    <ErrorState error={list.error} onRetry={() => void list.refetch()} />
  ) : (
    <CaseTable
      label={t('queue.results')}
      cases={list.data?.items ?? []}
      loading={list.isFetching}
      columns={['number', 'title', 'unit', 'source', 'state', 'deadline', 'assignee', 'createdAt']}
      emptyText={t('queue.empty')}
      paging={{
        page,
        pageSize: PAGE_SIZE,
        total: list.data?.total ?? 0,
        onChange: (p) => update({ page: p }),
      }}
    />
  );

  return (
    <div className="sp-queue">
      <div className="sp-queue-toolbar">
        <QueueFilters
          units={units}
          assignees={assignees.data ?? []}
          value={filters}
          onChange={(f) => update({ filters: f, page: 1 })}
        />
        <Button
          href={casesExportUrl({ ...filters, ...tabFilter })}
          download
          title={t('statistics.export.hint')}
          data-testid="cases-export"
        >
          {t('statistics.export.button')}
        </Button>
      </div>
      {/* Fourteen tabs wrap onto a second row rather than hide behind antd's overflow button,
          which is no tab (queue.css). */}
      <Tabs
        className="sp-queue-tabs"
        activeKey={tab.key}
        onChange={(key) => update({ tab: key, page: 1 })}
        aria-label={t('queue.tabsLabel')}
        items={QUEUE_TABS.map((qt) => {
          const count = counts.data?.counts[qt.key];
          return {
            key: qt.key,
            label: (
              <span data-testid={`queue-tab-${qt.key}`} className="sp-queue-tab">
                {t(`queue.tabs.${qt.key}`)}
                <span
                  className={`sp-count${'tone' in qt && count ? ` sp-count--${qt.tone}` : ''}`}
                  data-testid={`queue-count-${qt.key}`}
                >
                  {count ?? '…'}
                </span>
              </span>
            ),
            children: qt.key === tab.key ? table : null,
          };
        })}
      />
    </div>
  );
}
