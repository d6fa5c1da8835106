import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { isUuid } from '../case-store/case-store.repository.ts';

// Prisma only: the drawn files' results, for 通报 and statistics, and lookups by id.

type Db = Prisma.TransactionClient | PrismaClient;

const resultSelect = {
  status: true,
  grade: true,
  total: true,
  caseFile: { select: { number: true, unitId: true, unit: { select: { name: true } } } },
} satisfies Prisma.ReviewFileSelect;

export const resultsOfCampaign = (db: Db, campaignId: string) =>
  db.reviewFile.findMany({ where: { campaignId }, select: resultSelect, orderBy: { position: 'asc' } });

/** A campaign's files with what its 通报 says of each: vetoes, comments, the case a finding opened. */
export const reportRowsOfCampaign = (db: Db, campaignId: string) =>
  db.reviewFile.findMany({
    where: { campaignId },
    select: {
      ...resultSelect,
      sheets: { select: { vetoFailed: true, comments: true }, orderBy: { id: 'asc' } },
      findingCase: { select: { number: true } },
    },
    orderBy: { position: 'asc' },
  });

/** Every reviewed file whose enforcement decision falls in [from, to] (dates, inclusive). */
export const resultsInPeriod = (db: Db, from: Date, to: Date, unitId?: string) =>
  db.reviewFile.findMany({
    where: { caseFile: { decisionDate: { gte: from, lte: to }, ...(unitId ? { unitId } : {}) } },
    select: resultSelect,
  });

export const displayName = async (db: Db, userId: string | null) =>
  userId
    ? ((await db.user.findUnique({ where: { id: userId }, select: { displayName: true } }))?.displayName ??
      '')
    : '';

export const caseNumber = async (db: Db, caseId: string | null) =>
  caseId
    ? ((await db.case.findUnique({ where: { id: caseId }, select: { number: true } }))?.number ?? null)
    : null;

export const reviewFileOfCase = async (db: Db, caseId: string) =>
  isUuid(caseId)
    ? db.reviewFile.findFirst({
        where: { findingCaseId: caseId },
        select: {
          id: true,
          campaign: { select: { id: true, title: true } },
          caseFile: { select: { number: true } },
        },
      })
    : null;
