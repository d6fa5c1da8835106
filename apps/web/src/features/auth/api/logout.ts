import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestVoid } from '../../../lib/api-client';

export function logout() {
  return requestVoid('POST', '/api/auth/logout');
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Whatever the server said, forget everything this user could see.
    onSettled: () => queryClient.clear(),
  });
}
