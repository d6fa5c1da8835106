import { type TLoginRequest, ZLoginResponse } from '@sp/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';

export function login(body: TLoginRequest) {
  return request('POST', '/api/auth/login', ZLoginResponse, { body });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    // Forget the previous user's data; /me is read afresh (it says whether the one-time
    // password must be changed first).
    onSuccess: () => queryClient.clear(),
  });
}
