import { ZPublicUnits } from '@sp/domain';
import { useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';

/** The enforcement units (signed in). Same shape as the public picker: [{ id, name }]. */
export function getUnits(signal?: AbortSignal) {
  return request('GET', '/api/units', ZPublicUnits, { signal });
}

export function useUnits() {
  return useQuery({ queryKey: ['units'], queryFn: ({ signal }) => getUnits(signal), staleTime: 10 * 60_000 });
}
