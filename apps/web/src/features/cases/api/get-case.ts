import { ZCase } from '@sp/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { caseKeys } from './query-keys';

export function getCase(id: string, signal?: AbortSignal) {
  return request('GET', `/api/cases/${encodeURIComponent(id)}`, ZCase, { signal });
}

export function caseQueryOptions(id: string) {
  return queryOptions({ queryKey: caseKeys.detail(id), queryFn: ({ signal }) => getCase(id, signal) });
}

export function useCase(id: string) {
  return useQuery(caseQueryOptions(id));
}
