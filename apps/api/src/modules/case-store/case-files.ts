import type { AttachmentFacts, CitedAttachment } from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { type Db, isUuid } from './case-store.repository.ts';

// Prisma only: what the case store reads about a case's files.

/** The files among `ids` that belong to this case (an action's citations; the domain checks them). */
export async function findCitedAttachments(
  db: Db,
  caseId: string,
  ids: string[],
): Promise<CitedAttachment[]> {
  const wellFormed = ids.filter(isUuid);
  if (wellFormed.length === 0) return [];
  return db.attachment.findMany({
    where: { id: { in: wellFormed }, caseId },
    select: { id: true, sha256: true, fileName: true },
  });
}

/** The scoping facts of files: when, and by whom (which role; null if the user is gone). */
export async function attachmentFacts<T extends { uploadedAt: Date; uploadedById: string }>(
  db: Pick<PrismaClient, 'user'>,
  rows: T[],
): Promise<(T & AttachmentFacts)[]> {
  const ids = [...new Set(rows.map((r) => r.uploadedById))];
  const users = ids.length
    ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, role: true } })
    : [];
  const roles = new Map(users.map((u) => [u.id, u.role]));
  return rows.map((r) => ({ ...r, uploaderRole: roles.get(r.uploadedById) ?? null }));
}
