import { type TLoginRequest, ZLoginResponse } from '@sp/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';
import { meQueryKey } from './get-me';

export function login(body: TLoginRequest) {
  return request('POST', '/api/auth/login', ZLoginResponse, { body });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: ({ user }) => {
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, user);
    },
  });
}
