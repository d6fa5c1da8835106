import { type TPublicOfficerQuery, ZPublicOfficers } from '@sp/domain';
import { useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';

/** The public certificate lookup (no login): by certificate number, or by name within a body. */
export function useOfficerLookup(query: TPublicOfficerQuery | null) {
  return useQuery({
    queryKey: ['public', 'officers', query],
    queryFn: ({ signal }) =>
      request('GET', '/api/public/officers', ZPublicOfficers, { query: query ?? {}, signal }),
    enabled: query !== null,
  });
}
