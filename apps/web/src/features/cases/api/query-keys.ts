import type { TCaseFilters, TCaseListQuery } from '@sp/domain';

export type CaseListParams = Partial<TCaseListQuery>;

/** Every cached thing about cases hangs under ['cases'], so one invalidation refreshes all. */
export const caseKeys = {
  all: ['cases'] as const,
  lists: () => ['cases', 'list'] as const,
  list: (params: CaseListParams) => ['cases', 'list', params] as const,
  /** Under lists(): a change to any case refreshes the counts with the lists. */
  counts: (filters: Partial<TCaseFilters>) => ['cases', 'list', 'counts', filters] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  events: (id: string) => ['cases', 'events', id] as const,
  /** 关联案件: every case's links (a merge or link adds one to the other case too). */
  related: () => ['cases', 'related'] as const,
  relatedOf: (id: string) => ['cases', 'related', id] as const,
  similar: (draft: object) => ['cases', 'similar', draft] as const,
};
