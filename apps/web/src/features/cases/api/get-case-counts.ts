import { type TCaseFilters, ZCaseCounts } from '@sp/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { caseKeys } from './query-keys';

export type CaseCountFilters = Partial<TCaseFilters>;

/** GET /api/cases/counts: every queue tab's count under the same filters, in one request. */
export function getCaseCounts(filters: CaseCountFilters, signal?: AbortSignal) {
  return request('GET', '/api/cases/counts', ZCaseCounts, { query: filters, signal });
}

export function useCaseCounts(filters: CaseCountFilters) {
  return useQuery({
    queryKey: caseKeys.counts(filters),
    queryFn: ({ signal }) => getCaseCounts(filters, signal),
    placeholderData: keepPreviousData,
  });
}
