import { DomainError } from '@sp/domain';
import type { Prisma } from '../../generated/prisma/client.ts';

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
