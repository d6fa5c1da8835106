import { type TCreateUnitRequest, ZAdminUnit } from '@sp/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { invalidateUnits } from './get-admin-units';

export function createUnit(body: TCreateUnitRequest) {
  return request('POST', '/api/admin/units', ZAdminUnit, { body });
}

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createUnit, onSuccess: () => invalidateUnits(queryClient) });
}
