import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { isUuid } from '../case-store/case-store.repository.ts';

// Prisma only: scoring sheets and the drawn files' results.

type Db = Prisma.TransactionClient | PrismaClient;

const campaignFacts = {
  id: true,
  title: true,
  status: true,
  checklist: true,
  thresholds: true,
  tolerance: true,
  leadId: true,
} satisfies Prisma.ReviewCampaignSelect;

const caseFileFacts = {
  number: true,
  unitId: true,
  unit: { select: { name: true } },
  kind: true,
  decisionDate: true,
  attachments: true,
} satisfies Prisma.CaseFileSelect;

export const sheetSelect = {
  id: true,
  reviewFileId: true,
  scores: true,
  vetoFailed: true,
  comments: true,
  total: true,
  grade: true,
  submittedAt: true,
  reviewer: { select: { id: true, userId: true, name: true, unitId: true } },
  reviewFile: {
    select: { status: true, campaign: { select: campaignFacts }, caseFile: { select: caseFileFacts } },
  },
} satisfies Prisma.ReviewSheetSelect;
export type SheetRow = Prisma.ReviewSheetGetPayload<{ select: typeof sheetSelect }>;

export const findSheet = async (db: Db, id: string) =>
  isUuid(id) ? db.reviewSheet.findUnique({ where: { id }, select: sheetSelect }) : null;

export const sheetsOfUser = (db: Db, userId: string) =>
  db.reviewSheet.findMany({
    where: { reviewer: { userId } },
    select: sheetSelect,
    orderBy: [{ reviewFile: { campaign: { createdAt: 'desc' } } }, { reviewFile: { position: 'asc' } }],
  });

export const reviewFileSelect = {
  id: true,
  status: true,
  total: true,
  vetoed: true,
  grade: true,
  reconcileNote: true,
  reconciledById: true,
  reconciledAt: true,
  findingCaseId: true,
  campaign: { select: campaignFacts },
  caseFile: { select: { ...caseFileFacts, id: true } },
  sheets: { select: sheetSelect, orderBy: { reviewer: { name: 'asc' } } },
} satisfies Prisma.ReviewFileSelect;
export type ReviewFileRow = Prisma.ReviewFileGetPayload<{ select: typeof reviewFileSelect }>;

export const findReviewFile = async (db: Db, id: string) =>
  isUuid(id) ? db.reviewFile.findUnique({ where: { id }, select: reviewFileSelect }) : null;

/** Row lock on the drawn file, so two reviewers submitting at once see each other's sheet. */
export async function lockReviewFile(db: Db, id: string): Promise<void> {
  await db.$queryRaw`SELECT id FROM review_files WHERE id = ${id}::uuid FOR UPDATE`;
}

export const submittedSheetsOf = (db: Db, reviewFileId: string) =>
  db.reviewSheet.findMany({
    where: { reviewFileId },
    select: { submittedAt: true, total: true, vetoFailed: true },
  });

export async function updateReviewFileIf(
  db: Db,
  id: string,
  status: ReviewFileRow['status'],
  data: Prisma.ReviewFileUpdateManyMutationInput,
) {
  const { count } = await db.reviewFile.updateMany({ where: { id, status }, data });
  return count;
}

export const reviewFileStatus = async (db: Db, id: string) =>
  (await db.reviewFile.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

export const writeSheet = (db: Db, id: string, data: Prisma.ReviewSheetUncheckedUpdateInput) =>
  db.reviewSheet.update({ where: { id }, data, select: { id: true } });

export const writeFileOutcome = (db: Db, id: string, data: Prisma.ReviewFileUncheckedUpdateInput) =>
  db.reviewFile.update({ where: { id }, data, select: { id: true } });

/** Links the file to the case a finding opened, once; 0 means another finding came first. */
export async function linkFindingCase(db: Db, id: string, caseId: string) {
  const { count } = await db.reviewFile.updateMany({
    where: { id, findingCaseId: null },
    data: { findingCaseId: caseId },
  });
  return count;
}
