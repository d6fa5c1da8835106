import type { TCaseListQuery } from '@sp/domain';

export type CaseListParams = Partial<TCaseListQuery>;

/** Every cached thing about cases hangs under ['cases'], so one invalidation refreshes all. */
export const caseKeys = {
  all: ['cases'] as const,
  lists: () => ['cases', 'list'] as const,
  list: (params: CaseListParams) => ['cases', 'list', params] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  events: (id: string) => ['cases', 'events', id] as const,
};
