import { ZPublicUnits } from '@sp/domain';
import { useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';

export function getPublicUnits(signal?: AbortSignal) {
  return request('GET', '/api/public/units', ZPublicUnits, { signal });
}

export function usePublicUnits() {
  return useQuery({
    queryKey: ['public', 'units'],
    queryFn: ({ signal }) => getPublicUnits(signal),
    // Short: the administrator may open or close a unit at any time.
    staleTime: 30_000,
  });
}
