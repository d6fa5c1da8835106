import type { PrismaClient } from '../../generated/prisma/client.ts';
import { isUuid } from '../case-store/case-store.repository.ts';

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

export async function createAttachment(db: PrismaClient, data: NewAttachment) {
  return db.attachment.create({ data });
}

export async function listAttachments(db: PrismaClient, caseId: string) {
  return db.attachment.findMany({ where: { caseId }, orderBy: { uploadedAt: 'asc' } });
}

/** A file of this case, or null (also for an id that is not a UUID). */
export async function findAttachment(db: PrismaClient, caseId: string, attachmentId: string) {
  return isUuid(attachmentId) ? db.attachment.findFirst({ where: { id: attachmentId, caseId } }) : null;
}

/** A case found by the hash of its public tracking code, or null. */
export async function findCaseByTrackingHash(db: PrismaClient, trackingHash: string) {
  return db.case.findUnique({ where: { trackingHash } });
}

export async function countAttachments(db: PrismaClient, caseId: string) {
  return db.attachment.count({ where: { caseId } });
}
