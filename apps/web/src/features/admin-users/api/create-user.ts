import { type TCreateUserRequest, ZCreatedUser } from '@sp/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { invalidateUsers } from './get-admin-users';

/** The answer carries the one-time password: shown once, never cached. */
export function createUser(body: TCreateUserRequest) {
  return request('POST', '/api/admin/users', ZCreatedUser, { body });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createUser, onSuccess: () => invalidateUsers(queryClient) });
}
