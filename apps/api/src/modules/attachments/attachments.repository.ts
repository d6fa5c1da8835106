import { type Db, isUuid } from '../case-store/case-store.repository.ts';

// Prisma only: a case's files.

type NewAttachment = {
  caseId: string;
  sha256: string;
  size: number;
  mime: string;
  fileName: string;
  uploadedById: string;
  uploadedAt: Date;
};

export async function createAttachment(db: Db, data: NewAttachment) {
  return db.attachment.create({ data });
}

export async function listAttachments(db: Db, caseId: string) {
  return db.attachment.findMany({ where: { caseId }, orderBy: { uploadedAt: 'asc' } });
}

/** A file of this case, or null (also for an id that is not a UUID). */
export async function findAttachment(db: Db, caseId: string, attachmentId: string) {
  return isUuid(attachmentId) ? db.attachment.findFirst({ where: { id: attachmentId, caseId } }) : null;
}

/** A case found by the hash of its public tracking code, or null. */
export async function findCaseByTrackingHash(db: Db, trackingHash: string) {
  return db.case.findUnique({ where: { trackingHash } });
}

export async function countAttachments(db: Db, caseId: string) {
  return db.attachment.count({ where: { caseId } });
}

/** Holds the case row until the transaction ends: two uploads to one case queue up here. */
export async function lockCase(db: Db, caseId: string) {
  await db.$queryRaw`SELECT id FROM cases WHERE id = ${caseId}::uuid FOR UPDATE`;
}
