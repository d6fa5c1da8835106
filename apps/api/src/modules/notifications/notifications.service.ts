import type { TNotificationListQuery, TNotificationPage, UserActor } from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { notFound } from '../../lib/http-errors.ts';
import { listNotifications, markRead } from './notifications.repository.ts';

type Deps = { prisma: PrismaClient; clock: Clock };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createNotificationsService({ prisma, clock }: Deps) {
  return {
    /** The caller's notifications, newest first, with the unread count of all of them. */
    async list(query: TNotificationListQuery, actor: UserActor): Promise<TNotificationPage> {
      const { items, total, unread } = await listNotifications(prisma, actor.id, {
        unreadOnly: query.unread === true,
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      });
      return {
        items: items.map((n) => ({
          id: n.id,
          caseId: n.caseId,
          caseNumber: n.case.number,
          caseTitle: n.case.title,
          action: n.action,
          toState: n.toState,
          actorRole: n.actorRole,
          createdAt: n.createdAt.toISOString(),
          readAt: n.readAt?.toISOString() ?? null,
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
        unread,
      };
    },

    /** Marks one's own notification read; anyone else's, or none, is 404. */
    async read(id: string, actor: UserActor): Promise<void> {
      if (!UUID.test(id) || !(await markRead(prisma, actor.id, id, clock.now()))) throw notFound();
    },
  };
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;
