import { CITIZEN_REPORT_SOURCES, type StatsGroup } from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';

// Prisma only: the counts behind the statistics. Cases are grouped by the facts the domain's
// statistics rules read (stats/case-facts.ts); the rules themselves live there.

export type Period = { gte?: Date; lt?: Date };

/**
 * Cases registered in the period, counted per group of equal facts. A director's referral reason
 * is free text and is not grouped on (only the system's reason codes are); the deadline light is
 * the list's overdue / dueSoon filter on the indexed due dates.
 */
export async function groupCases(db: PrismaClient, period: Period, now: Date): Promise<StatsGroup[]> {
  const gte = period.gte ?? null;
  const lt = period.lt ?? null;
  return db.$queryRaw<StatsGroup[]>`
    SELECT unit_id::text AS "unitId", source::text AS source, state::text AS state,
           outcome::text AS outcome, notice_issued AS "noticeIssued", referred,
           workflow->'referral'->>'by' AS "referralBy",
           CASE WHEN workflow->'referral'->>'by' = 'SYSTEM' THEN workflow->'referral'->>'reason' END
             AS "referralReason",
           workflow->'notice'->>'instrument' AS instrument,
           CASE WHEN due_at < ${now} THEN 'OVERDUE' WHEN due_soon_at <= ${now} THEN 'DUE_SOON' END AS deadline,
           to_char((created_at AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM') AS month,
           count(*)::int AS count
      FROM cases
     WHERE (${gte}::timestamptz IS NULL OR created_at >= ${gte}::timestamptz)
       AND (${lt}::timestamptz IS NULL OR created_at < ${lt}::timestamptz)
     GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11`;
}

export async function listUnits(db: PrismaClient) {
  return db.unit.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } });
}

/** One page of the period's cases (by id), for reading their histories page by page. */
export async function pageOfCases(db: PrismaClient, period: Period, after: string | null, take: number) {
  return db.case.findMany({
    where: { createdAt: period, ...(after ? { id: { gt: after } } : {}) },
    select: { id: true, createdAt: true, noticeIssued: true },
    orderBy: { id: 'asc' },
    take,
  });
}

/** When each of some cases first reached each state (the stages). */
export async function firstArrivals(db: PrismaClient, caseIds: string[]) {
  const rows = await db.caseEvent.groupBy({
    by: ['caseId', 'toState'],
    where: { caseId: { in: caseIds } },
    _min: { at: true },
  });
  return rows.map((r) => ({ caseId: r.caseId, toState: r.toState, at: r._min.at! }));
}

/** The histories of some cases (those with a notice), oldest first per case: the replies are read from them. */
export async function historiesOf(db: PrismaClient, caseIds: string[]) {
  return caseIds.length === 0
    ? []
    : db.caseEvent.findMany({
        where: { caseId: { in: caseIds } },
        select: { caseId: true, action: true, at: true, data: true },
        orderBy: [{ caseId: 'asc' }, { seq: 'asc' }],
      });
}

/** Concluded cases from citizens' reports, per unit and outcome (domain: reportHandlingRate). */
export async function countConcludedReports(db: PrismaClient, period: Period) {
  const rows = await db.case.groupBy({
    by: ['unitId', 'outcome'],
    where: { createdAt: period, source: { in: [...CITIZEN_REPORT_SOURCES] }, outcome: { not: null } },
    _count: { _all: true },
  });
  return rows.flatMap((r) =>
    r.outcome ? [{ unitId: r.unitId, outcome: r.outcome, count: r._count._all }] : [],
  );
}

/** Every drawn review file's status and grade, with its unit (domain: tallyReviewResults). */
export const readReviewResults = (db: PrismaClient) =>
  db.reviewFile.findMany({
    select: {
      status: true,
      grade: true,
      caseFile: { select: { unitId: true, unit: { select: { name: true } } } },
    },
  });
