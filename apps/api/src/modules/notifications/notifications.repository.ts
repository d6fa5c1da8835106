import type { PrismaClient } from '../../generated/prisma/client.ts';

// Prisma only: the signed-in user's 待办 (written by case-store/case-changes.ts).

const select = {
  id: true,
  caseId: true,
  action: true,
  toState: true,
  actorRole: true,
  createdAt: true,
  readAt: true,
  case: { select: { number: true, title: true } },
} as const;

export async function listNotifications(
  prisma: PrismaClient,
  userId: string,
  opts: { unreadOnly: boolean; skip: number; take: number },
) {
  const where = { userId, ...(opts.unreadOnly ? { readAt: null } : {}) };
  const [items, total, unread] = await Promise.all([
    prisma.notification.findMany({
      where,
      select,
      orderBy: [{ createdAt: 'desc' }, { seq: 'desc' }, { id: 'desc' }],
      skip: opts.skip,
      take: opts.take,
    }),
    prisma.notification.count({ where }),
    prisma.notification.count({ where: { userId, readAt: null } }),
  ]);
  return { items, total, unread };
}

/** Marks one of the user's own notifications read (again: keeps the first time); false if none. */
export async function markRead(prisma: PrismaClient, userId: string, id: string, at: Date): Promise<boolean> {
  const own = await prisma.notification.findFirst({ where: { id, userId }, select: { readAt: true } });
  if (!own) return false;
  if (!own.readAt)
    await prisma.notification.updateMany({ where: { id, userId, readAt: null }, data: { readAt: at } });
  return true;
}
