import { ZCaseSummary, ZPage } from '@sp/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { type CaseListParams, caseKeys } from './query-keys';

const ZCasePage = ZPage(ZCaseSummary);

export function getCases(params: CaseListParams, signal?: AbortSignal) {
  return request('GET', '/api/cases', ZCasePage, { query: params, signal });
}

export function casesQueryOptions(params: CaseListParams) {
  return queryOptions({
    queryKey: caseKeys.list(params),
    queryFn: ({ signal }) => getCases(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCases(params: CaseListParams, options: { enabled?: boolean } = {}) {
  return useQuery({ ...casesQueryOptions(params), ...options });
}
