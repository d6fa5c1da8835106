import { DEFAULT_OFFICE_PROFILE, ZOfficeProfile } from '@sp/domain';
import { useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';

export const officeProfileKeys = {
  signedIn: ['office-profile'] as const,
  public: ['office-profile', 'public'] as const,
  admin: ['office-profile', 'admin'] as const,
  history: (page: number) => ['office-profile', 'history', page] as const,
};

/** The office profile for any signed-in user: letterhead names and instrument titles. */
export function getOfficeProfile(signal?: AbortSignal) {
  return request('GET', '/api/office-profile', ZOfficeProfile, { signal });
}

/** The profile, or the defaults while it loads (a letterhead never shows blank). */
export function useOfficeProfile() {
  const query = useQuery({
    queryKey: officeProfileKeys.signedIn,
    queryFn: ({ signal }) => getOfficeProfile(signal),
    staleTime: 5 * 60_000,
  });
  return { ...query, profile: query.data ?? DEFAULT_OFFICE_PROFILE };
}
