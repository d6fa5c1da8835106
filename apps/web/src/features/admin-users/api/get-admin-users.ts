import { type TUserListQuery, ZAdminUserPage } from '@sp/domain';
import { keepPreviousData, type QueryClient, useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/api-client';

export type UserListParams = Partial<TUserListQuery>;

export const adminUserKeys = {
  all: ['admin', 'users'] as const,
  list: (params: UserListParams) => [...adminUserKeys.all, params] as const,
};

export function getAdminUsers(params: UserListParams, signal?: AbortSignal) {
  return request('GET', '/api/admin/users', ZAdminUserPage, { query: params, signal });
}

export function useAdminUsers(params: UserListParams) {
  return useQuery({
    queryKey: adminUserKeys.list(params),
    queryFn: ({ signal }) => getAdminUsers(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function invalidateUsers(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: adminUserKeys.all });
}
