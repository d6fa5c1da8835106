import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { isUuid } from '../case-store/case-store.repository.ts';

// Prisma only: campaigns, their pool, draw and drawn files. The secret seed is selected only
// where the draw needs it (or once it has been revealed).

type Db = Prisma.TransactionClient | PrismaClient;

export const sheetSummarySelect = {
  id: true,
  reviewerId: true,
  reviewer: { select: { name: true } },
  submittedAt: true,
  total: true,
  vetoFailed: true,
} satisfies Prisma.ReviewSheetSelect;

export const reviewFileSummarySelect = {
  id: true,
  caseFileId: true,
  caseFile: { select: { number: true, unitId: true, unit: { select: { name: true } }, kind: true } },
  status: true,
  total: true,
  grade: true,
  position: true,
  findingCaseId: true,
  findingCase: { select: { number: true } },
  sheets: { select: sheetSummarySelect, orderBy: { reviewer: { name: 'asc' } } },
} satisfies Prisma.ReviewFileSelect;
export type ReviewFileSummaryRow = Prisma.ReviewFileGetPayload<{ select: typeof reviewFileSummarySelect }>;

export const campaignSummarySelect = {
  id: true,
  title: true,
  status: true,
  periodFrom: true,
  periodTo: true,
  filesPerUnit: true,
  reviewersPerFile: true,
  seedCommitment: true,
  createdAt: true,
  draw: { select: { id: true } },
} satisfies Prisma.ReviewCampaignSelect;
export type CampaignSummaryRow = Prisma.ReviewCampaignGetPayload<{ select: typeof campaignSummarySelect }>;

export const drawSelect = {
  id: true,
  campaignId: true,
  campaign: { select: { title: true, seed: true, seedCommitment: true } },
  observerName: true,
  finalSeed: true,
  inputs: true,
  result: true,
  drawnAt: true,
} satisfies Prisma.ReviewDrawSelect;
export type DrawRow = Prisma.ReviewDrawGetPayload<{ select: typeof drawSelect }>;

export const campaignSelect = {
  ...campaignSummarySelect,
  unitIds: true,
  fileKinds: true,
  checklist: true,
  thresholds: true,
  tolerance: true,
  leadId: true,
  closedAt: true,
  reviewers: { select: { id: true, userId: true, name: true, unitId: true }, orderBy: { name: 'asc' } },
  draw: { select: drawSelect },
  files: { select: reviewFileSummarySelect, orderBy: { position: 'asc' } },
} satisfies Prisma.ReviewCampaignSelect;
export type CampaignRow = Prisma.ReviewCampaignGetPayload<{ select: typeof campaignSelect }>;

export const findCampaign = async (db: Db, id: string) =>
  isUuid(id) ? db.reviewCampaign.findUnique({ where: { id }, select: campaignSelect }) : null;

export async function listCampaigns(
  db: Db,
  status: CampaignRow['status'] | undefined,
  page: number,
  pageSize: number,
) {
  const where = status ? { status } : {};
  const [items, total] = await Promise.all([
    db.reviewCampaign.findMany({
      where,
      select: campaignSummarySelect,
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db.reviewCampaign.count({ where }),
  ]);
  return { items, total };
}

export const findDraw = async (db: Db, id: string) =>
  isUuid(id) ? db.reviewDraw.findUnique({ where: { id }, select: drawSelect }) : null;

/** What the draw needs, seed included. */
export const findCampaignForDraw = async (db: Db, id: string) =>
  isUuid(id)
    ? db.reviewCampaign.findUnique({
        where: { id },
        select: {
          id: true,
          status: true,
          seed: true,
          seedCommitment: true,
          unitIds: true,
          periodFrom: true,
          periodTo: true,
          fileKinds: true,
          filesPerUnit: true,
          reviewersPerFile: true,
          reviewers: { select: { id: true, name: true, unitId: true } },
        },
      })
    : null;

/** Moves the campaign on only if it is still where the caller saw it; 0 means someone else won. */
export async function moveCampaignIf(
  db: Db,
  id: string,
  from: CampaignRow['status'],
  data: Prisma.ReviewCampaignUpdateManyMutationInput,
) {
  const { count } = await db.reviewCampaign.updateMany({ where: { id, status: from }, data });
  return count;
}

export const unitNames = async (db: Db, ids: string[]) =>
  new Map(
    (await db.unit.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((u) => [
      u.id,
      u.name,
    ]),
  );

export const activeUsers = (db: Db, ids?: string[]) =>
  db.user.findMany({
    where: { active: true, role: { not: 'ADMIN' }, ...(ids ? { id: { in: ids } } : {}) },
    select: { id: true, displayName: true, unitId: true, unit: { select: { name: true } } },
    orderBy: { displayName: 'asc' },
  });

// ── writes ────────────────────────────────────────────────────────────────────────────

export const insertCampaign = (db: Db, data: Prisma.ReviewCampaignCreateInput) =>
  db.reviewCampaign.create({ data, select: { id: true } });

export const insertDraw = (db: Db, data: Prisma.ReviewDrawUncheckedCreateInput) =>
  db.reviewDraw.create({ data, select: drawSelect });

/** A drawn file with one empty sheet per drawn reviewer. */
export const insertReviewFile = (
  db: Db,
  file: { campaignId: string; caseFileId: string; position: number; reviewerIds: string[] },
) =>
  db.reviewFile.create({
    data: {
      campaignId: file.campaignId,
      caseFileId: file.caseFileId,
      position: file.position,
      sheets: { create: file.reviewerIds.map((reviewerId) => ({ reviewerId })) },
    },
    select: { id: true },
  });
