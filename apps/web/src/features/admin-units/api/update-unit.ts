import { type TUpdateUnitRequest, ZAdminUnit } from '@sp/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { invalidateUnits } from './get-admin-units';

export function updateUnit({ id, ...body }: TUpdateUnitRequest & { id: string }) {
  return request('PATCH', `/api/admin/units/${encodeURIComponent(id)}`, ZAdminUnit, { body });
}

export function useUpdateUnit() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateUnit, onSuccess: () => invalidateUnits(queryClient) });
}
