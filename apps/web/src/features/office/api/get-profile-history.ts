import { ZProfileChangePage } from '@sp/domain';
import { useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { officeProfileKeys } from './get-office-profile';

export function getProfileHistory(page: number, signal?: AbortSignal) {
  return request('GET', '/api/admin/settings/history', ZProfileChangePage, {
    query: { page, pageSize: 10 },
    signal,
  });
}

export function useProfileHistory(page: number) {
  return useQuery({
    queryKey: officeProfileKeys.history(page),
    queryFn: ({ signal }) => getProfileHistory(page, signal),
  });
}
