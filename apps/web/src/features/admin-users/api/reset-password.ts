import { ZInitialPassword } from '@sp/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { invalidateUsers } from './get-admin-users';

export function resetPassword(id: string) {
  return request('POST', `/api/admin/users/${encodeURIComponent(id)}/reset-password`, ZInitialPassword);
}

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: resetPassword, onSuccess: () => invalidateUsers(queryClient) });
}
