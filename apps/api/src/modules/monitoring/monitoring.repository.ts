import { BODY_DEADLINE_STATES } from '@sp/domain';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { Period } from '../stats/stats.repository.ts';

// Prisma only: what the monitoring board reads. Which deadlines run and what colour they are
// is the domain's (monitoring/board.ts).

const runningSelect = {
  id: true,
  number: true,
  title: true,
  state: true,
  outcome: true,
  unitId: true,
  version: true,
  createdById: true,
  workflow: true,
} as const satisfies Prisma.CaseSelect;

/**
 * Cases with a running deadline: the indexed due date is set only while the unit's clock runs
 * (indexedFacts); the body's own deadlines run in BODY_DEADLINE_STATES (domain, not indexed).
 */
export async function casesWithRunningDeadline(db: PrismaClient) {
  return db.case.findMany({
    where: { OR: [{ dueAt: { not: null } }, { state: { in: [...BODY_DEADLINE_STATES] } }] },
    select: runningSelect,
    orderBy: { dueAt: 'asc' },
  });
}

/** Referred cases registered in the period, counted per unit and who referred them. */
export async function referralsPerUnit(db: PrismaClient, period: Period) {
  const gte = period.gte ?? null;
  const lt = period.lt ?? null;
  return db.$queryRaw<{ unitId: string; referralBy: 'SYSTEM' | 'DIRECTOR' | null; count: number }[]>`
    SELECT unit_id::text AS "unitId", workflow->'referral'->>'by' AS "referralBy", count(*)::int AS count
      FROM cases
     WHERE referred
       AND (${gte}::timestamptz IS NULL OR created_at >= ${gte}::timestamptz)
       AND (${lt}::timestamptz IS NULL OR created_at < ${lt}::timestamptz)
     GROUP BY 1, 2`;
}
