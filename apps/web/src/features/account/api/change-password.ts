import type { TChangePasswordRequest, TUser } from '@sp/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestVoid } from '../../../lib/api-client';
import { meQueryKey } from '../../auth/api/get-me';

export function changePassword(body: TChangePasswordRequest) {
  return requestVoid('POST', '/api/auth/password', body);
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    // The one-time password is gone: the cached /me must not send the user back to change it.
    onSuccess: () =>
      queryClient.setQueryData<TUser>(meQueryKey, (me) => (me ? { ...me, mustChangePassword: false } : me)),
  });
}
