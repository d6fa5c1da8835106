import { ZUnitOptions } from '@sp/domain';
import { useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';

/**
 * The enforcement units (signed in): `[{ id, name, active }]`. Registration pickers ask for
 * active units only (an inactive unit takes no new case); list filters want them all.
 */
export function getUnits(activeOnly: boolean, signal?: AbortSignal) {
  return request('GET', '/api/units', ZUnitOptions, { query: activeOnly ? { active: true } : {}, signal });
}

export function useUnits({ activeOnly = false }: { activeOnly?: boolean } = {}) {
  return useQuery({
    queryKey: ['units', { activeOnly }],
    queryFn: ({ signal }) => getUnits(activeOnly, signal),
    staleTime: 60_000,
  });
}
