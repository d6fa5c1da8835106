import { ZNotificationPage } from '@sp/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { request, requestOptional } from '../../../lib/api-client';

export type NotificationListParams = { page?: number; pageSize?: number; unread?: boolean };

/** Everything about the inbox hangs under ['notifications']: one invalidation refreshes the badge too. */
export const notificationKeys = {
  all: ['notifications'] as const,
  list: (params: NotificationListParams) => ['notifications', 'list', params] as const,
};

export function getNotifications(params: NotificationListParams, signal?: AbortSignal) {
  return request('GET', '/api/notifications', ZNotificationPage, {
    query: { page: params.page, pageSize: params.pageSize, unread: params.unread ? 'true' : undefined },
    signal,
  });
}

export function useNotifications(params: NotificationListParams) {
  return useQuery({
    queryKey: notificationKeys.list(params),
    queryFn: ({ signal }) => getNotifications(params, signal),
    placeholderData: keepPreviousData,
  });
}

/** The unread count for the menu badge (the smallest page carries it). */
export function useUnreadCount(): number {
  const q = useNotifications({ page: 1, pageSize: 1 });
  return q.data?.unread ?? 0;
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      requestOptional('POST', `/api/notifications/${encodeURIComponent(id)}/read`, z.null()),
    onSettled: () => client.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
