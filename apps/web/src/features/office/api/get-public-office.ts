import {
  DEFAULT_OFFICE_PROFILE,
  publicOfficeProfile,
  type TPublicOfficeProfile,
  ZPublicOfficeProfile,
} from '@sp/domain';
import { useEffect, useState } from 'react';
import { request } from '../../../lib/api-client';

// The authority and center names for the public pages and the login page. Fetched once per
// page load with a plain effect rather than TanStack Query: the login route has a first-load
// budget (vite.config.ts) that useQuery alone would push over. Signed-in pages use
// useOfficeProfile, which reloads when the admin saves the profile.

const FALLBACK = publicOfficeProfile(DEFAULT_OFFICE_PROFILE);
let pending: Promise<TPublicOfficeProfile> | null = null;

export function getPublicOffice(signal?: AbortSignal) {
  return request('GET', '/api/public/office', ZPublicOfficeProfile, { signal });
}

export function usePublicOffice(): TPublicOfficeProfile {
  const [office, setOffice] = useState(FALLBACK);
  useEffect(() => {
    let live = true;
    pending ??= getPublicOffice().catch(() => {
      pending = null;
      return FALLBACK;
    });
    void pending.then((o) => live && setOffice(o));
    return () => {
      live = false;
    };
  }, []);
  return office;
}
