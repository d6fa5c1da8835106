import type { Role } from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';

// Prisma only: who gets a digest, and the digest_runs rows that make each user's digest of a
// day go out once however many instances run the job.

export type DigestRecipient = {
  id: string;
  displayName: string;
  email: string;
  role: Role;
  unitId: string | null;
};

/** Active users with an e-mail address (having one is the opt-in). */
export async function digestRecipients(db: PrismaClient): Promise<DigestRecipient[]> {
  const rows = await db.user.findMany({
    where: { active: true, email: { not: null } },
    select: { id: true, displayName: true, email: true, role: true, unitId: true },
    orderBy: { createdAt: 'asc' },
  });
  return rows.flatMap((r) => (r.email ? [{ ...r, email: r.email }] : []));
}

/**
 * Claims the user's digest of `day`: inserts its row unless one exists (unique userId + day).
 * True for exactly one caller per user and day, on any number of instances.
 */
export async function claimDigest(db: PrismaClient, userId: string, day: string, at: Date): Promise<boolean> {
  const { count } = await db.digestRun.createMany({
    data: [{ userId, day, status: 'SENDING', createdAt: at }],
    skipDuplicates: true,
  });
  return count === 1;
}

/** Records how a claimed digest ended: SENT, or EMPTY (nothing to tell: no mail). */
export async function finishDigest(
  db: PrismaClient,
  userId: string,
  day: string,
  status: 'SENT' | 'EMPTY',
  at: Date,
): Promise<void> {
  await db.digestRun.updateMany({
    where: { userId, day, status: 'SENDING' },
    data: { status, sentAt: status === 'SENT' ? at : null },
  });
}

/** Gives a claimed digest back after a failed send, so that the next run tries again. */
export async function releaseDigest(db: PrismaClient, userId: string, day: string): Promise<void> {
  await db.digestRun.deleteMany({ where: { userId, day, status: 'SENDING' } });
}
