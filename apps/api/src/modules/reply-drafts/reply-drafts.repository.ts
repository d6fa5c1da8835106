import type { PrismaClient } from '../../generated/prisma/client.ts';

// Prisma only: the unit's reply as it is being typed (one row per case).

export async function findReplyDraft(db: PrismaClient, caseId: string) {
  return db.replyDraft.findUnique({ where: { caseId } });
}

export async function saveReplyDraft(
  db: PrismaClient,
  caseId: string,
  data: { kind: string; text: string; updatedById: string; updatedAt: Date },
) {
  return db.replyDraft.upsert({ where: { caseId }, create: { caseId, ...data }, update: data });
}
