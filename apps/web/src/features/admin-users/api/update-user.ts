import { type TUpdateUserRequest, ZAdminUser } from '@sp/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { invalidateUsers } from './get-admin-users';

export function updateUser({ id, ...body }: TUpdateUserRequest & { id: string }) {
  return request('PATCH', `/api/admin/users/${encodeURIComponent(id)}`, ZAdminUser, { body });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateUser, onSuccess: () => invalidateUsers(queryClient) });
}
