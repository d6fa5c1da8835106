import { type CaseState, CITIZEN_REPORT_SOURCES, NOTICE_LOOP_ENDS, TERMINAL_STATE } from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';

// Prisma only: the counts behind the dashboard, on the indexed columns.

type PerUnit = { unitId: string; _count: { _all: number } }[];

export async function countByState(db: PrismaClient): Promise<{ state: CaseState; count: number }[]> {
  const rows = await db.case.groupBy({ by: ['state'], _count: { _all: true } });
  return rows.map((r) => ({ state: r.state, count: r._count._all }));
}

/** Per unit: open cases, running deadlines that are due soon, and overdue ones. */
export async function countDeadlinesByUnit(db: PrismaClient, now: Date) {
  const [units, open, dueSoon, overdue] = await Promise.all([
    db.unit.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    db.case.groupBy({ by: ['unitId'], where: { state: { not: TERMINAL_STATE } }, _count: { _all: true } }),
    db.case.groupBy({
      by: ['unitId'],
      where: { dueSoonAt: { lte: now }, dueAt: { gte: now } },
      _count: { _all: true },
    }),
    db.case.groupBy({ by: ['unitId'], where: { dueAt: { lt: now } }, _count: { _all: true } }),
  ]);
  const count = (rows: PerUnit, unitId: string) => rows.find((r) => r.unitId === unitId)?._count._all ?? 0;
  return units.map((u) => ({
    unitId: u.id,
    unitName: u.name,
    open: count(open, u.id),
    dueSoon: count(dueSoon, u.id),
    overdue: count(overdue, u.id),
  }));
}

/** Notices issued, and notice loops ended implemented / not implemented (domain: NOTICE_LOOP_ENDS). */
export async function countNotices(db: PrismaClient) {
  const [issued, implemented, notImplemented] = await Promise.all([
    db.notice.count(),
    db.case.count({ where: NOTICE_LOOP_ENDS.implemented }),
    db.case.count({ where: NOTICE_LOOP_ENDS.notImplemented }),
  ]);
  return { issued, implemented, notImplemented };
}

/** Concluded cases from citizens' reports, per unit and outcome (domain: reportHandlingRate). */
export async function countConcludedReports(db: PrismaClient) {
  const rows = await db.case.groupBy({
    by: ['unitId', 'outcome'],
    where: { source: { in: [...CITIZEN_REPORT_SOURCES] }, outcome: { not: null } },
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
