import { type TUnitListQuery, ZAdminUnitPage } from '@sp/domain';
import { keepPreviousData, type QueryClient, useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';

export type UnitListParams = Partial<TUnitListQuery>;

export const adminUnitKeys = {
  all: ['admin', 'units'] as const,
  list: (params: UnitListParams) => [...adminUnitKeys.all, params] as const,
};

export function getAdminUnits(params: UnitListParams, signal?: AbortSignal) {
  return request('GET', '/api/admin/units', ZAdminUnitPage, { query: params, signal });
}

export function useAdminUnits(params: UnitListParams) {
  return useQuery({
    queryKey: adminUnitKeys.list(params),
    queryFn: ({ signal }) => getAdminUnits(params, signal),
    placeholderData: keepPreviousData,
  });
}

/** After a change: every list of units (admin pages, pickers, the public form) is stale. */
export function invalidateUnits(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: adminUnitKeys.all });
  void queryClient.invalidateQueries({ queryKey: ['units'] });
  void queryClient.invalidateQueries({ queryKey: ['public', 'units'] });
}
