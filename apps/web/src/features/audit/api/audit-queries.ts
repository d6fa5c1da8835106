import { type TReporterAccessQuery, ZChainVerification, ZReporterAccessPage } from '@sp/domain';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';

export type AccessFilters = Partial<Omit<TReporterAccessQuery, 'page' | 'pageSize'>>;

export function getReporterAccess(q: AccessFilters & { page: number }, signal?: AbortSignal) {
  return request('GET', '/api/admin/audit/reporter-access', ZReporterAccessPage, {
    query: { ...q, pageSize: 20 },
    signal,
  });
}

/** Who read whose identity, newest first, with the page's filters. */
export function useReporterAccess(q: AccessFilters & { page: number }) {
  return useQuery({
    queryKey: ['audit', 'reporter-access', q],
    queryFn: ({ signal }) => getReporterAccess(q, signal),
    placeholderData: keepPreviousData,
  });
}

/** The admin's check of one case's hash chain, by its number. */
export const useVerifyByNumber = () =>
  useMutation({
    mutationFn: (caseNumber: string) =>
      request('GET', '/api/admin/audit/chain', ZChainVerification, { query: { caseNumber } }),
  });

/** The same check from a case's history (staff, director). */
export const useVerifyCase = () =>
  useMutation({
    mutationFn: (caseId: string) => request('GET', `/api/cases/${caseId}/chain`, ZChainVerification),
  });
