import {
  type TCaseOfficersUpdate,
  type TOfficerCandidateQuery,
  ZCaseOfficers,
  ZOfficerCandidates,
} from '@sp/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { caseKeys } from '../../cases/api/query-keys';

// The officers a case cites (GET/PUT /api/cases/:id/officers) and the search to pick them
// (GET /api/registry/officers). Kept under the case's keys: a change is a new case version.

const officersKey = (caseId: string) => [...caseKeys.all, 'officers', caseId] as const;

export function useCaseOfficers(caseId: string) {
  return useQuery({
    queryKey: officersKey(caseId),
    queryFn: ({ signal }) =>
      request('GET', `/api/cases/${encodeURIComponent(caseId)}/officers`, ZCaseOfficers, { signal }),
  });
}

export function useOfficerCandidates(query: TOfficerCandidateQuery, enabled: boolean) {
  return useQuery({
    queryKey: ['registry', 'officer-candidates', query],
    queryFn: ({ signal }) => request('GET', '/api/registry/officers', ZOfficerCandidates, { query, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useSaveCaseOfficers(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCaseOfficersUpdate) =>
      request('PUT', `/api/cases/${encodeURIComponent(caseId)}/officers`, ZCaseOfficers, { body }),
    // The case's version and history changed too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.all }),
  });
}
