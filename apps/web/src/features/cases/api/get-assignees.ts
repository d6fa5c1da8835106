import { ZAssigneeOptions } from '@sp/domain';
import { useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';

/** GET /api/assignees: whom the signed-in user may make 承办人 (the director: the center; staff: themselves). */
export function getAssignees(signal?: AbortSignal) {
  return request('GET', '/api/assignees', ZAssigneeOptions, { signal });
}

export function useAssignees() {
  return useQuery({
    queryKey: ['assignees'],
    queryFn: ({ signal }) => getAssignees(signal),
    staleTime: 60_000,
  });
}
