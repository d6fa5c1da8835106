import { DEFAULT_OFFICE_PROFILE, publicOfficeProfile, ZPublicOfficeProfile } from '@sp/domain';
import { useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { officeProfileKeys } from './get-office-profile';

/** The authority and center names, for the public pages, the login page and the header. */
export function getPublicOffice(signal?: AbortSignal) {
  return request('GET', '/api/public/office', ZPublicOfficeProfile, { signal });
}

export function usePublicOffice() {
  const query = useQuery({
    queryKey: officeProfileKeys.public,
    queryFn: ({ signal }) => getPublicOffice(signal),
    staleTime: 5 * 60_000,
  });
  return query.data ?? publicOfficeProfile(DEFAULT_OFFICE_PROFILE);
}
