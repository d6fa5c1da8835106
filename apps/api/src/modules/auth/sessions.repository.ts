import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';

type Db = Prisma.TransactionClient | PrismaClient;

/**
 * Ends every open session of a user (deactivation, a password reset) or every one but the
 * session making the request (their own password change). Sessions are rows every instance
 * reads on each request, so the next request of any of them is 401.
 */
export async function revokeUserSessions(
  db: Db,
  userId: string,
  at: Date,
  keepTokenHash?: string,
): Promise<number> {
  const { count } = await db.session.updateMany({
    where: {
      userId,
      revokedAt: null,
      ...(keepTokenHash ? { tokenHash: { not: keepTokenHash } } : {}),
    },
    data: { revokedAt: at },
  });
  return count;
}
