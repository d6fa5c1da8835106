import { type AttachmentFacts, DomainError } from '@sp/domain';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';

/** The attachments an action cites must exist and belong to the same case. */
export async function resolveCitedAttachments(tx: Prisma.TransactionClient, caseId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  const rows = await tx.attachment.findMany({
    where: { id: { in: unique }, caseId },
    select: { id: true, sha256: true, fileName: true },
  });
  if (rows.length !== unique.length) {
    const found = new Set(rows.map((r) => r.id));
    const issues = ids
      .map((id, i) => ({ id, i }))
      .filter(({ id }) => !found.has(id))
      .map(({ i }) => ({
        path: `attachmentIds.${i}`,
        message: '附件不存在或不属于本案 / unknown attachment',
      }));
    throw new DomainError('INVALID_PAYLOAD', '引用的附件不存在 / unknown attachment', issues);
  }
  return unique.map((id) => rows.find((r) => r.id === id)!);
}

/** The scoping facts of files: when, and by whom (which role), each was uploaded. */
export async function attachmentFacts<T extends { uploadedAt: Date; uploadedById: string }>(
  db: Pick<PrismaClient, 'user'>,
  rows: T[],
): Promise<(T & AttachmentFacts)[]> {
  const ids = [...new Set(rows.map((r) => r.uploadedById))];
  const users = ids.length
    ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, role: true } })
    : [];
  const roles = new Map(users.map((u) => [u.id, u.role]));
  // An uploader who no longer exists is treated as the center: hidden from outsiders.
  return rows.map((r) => ({ ...r, uploaderRole: roles.get(r.uploadedById) ?? 'CENTER_STAFF' }));
}
