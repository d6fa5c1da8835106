import { type TOfficeProfileUpdate, ZOfficeProfile } from '@sp/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { officeProfileKeys } from './get-office-profile';

export function getAdminSettings(signal?: AbortSignal) {
  return request('GET', '/api/admin/settings', ZOfficeProfile, { signal });
}

export function useAdminSettings() {
  return useQuery({ queryKey: officeProfileKeys.admin, queryFn: ({ signal }) => getAdminSettings(signal) });
}

export function putAdminSettings(body: TOfficeProfileUpdate) {
  return request('PUT', '/api/admin/settings', ZOfficeProfile, { body });
}

/** Saves the profile; every view of it (letterhead, header, history) reloads. */
export function useSaveAdminSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: putAdminSettings,
    onSuccess: (profile) => {
      client.setQueryData(officeProfileKeys.admin, profile);
      return client.invalidateQueries({ queryKey: ['office-profile'] });
    },
  });
}
