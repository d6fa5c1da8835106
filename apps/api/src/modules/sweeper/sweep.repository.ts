import type { CaseState } from '@sp/domain';
import type { Prisma } from '../../generated/prisma/client.ts';

// Prisma (raw SQL) only: claiming overdue cases for the sweep.

export type Claimed = {
  id: string;
  state: CaseState;
  outcome: Prisma.CaseGetPayload<{ select: { outcome: true } }>['outcome'];
  version: number;
  unitId: string | null;
  createdById: string | null;
  workflow: Prisma.JsonValue;
  headHash: string;
};

/**
 * Locks up to `limit` cases in `states` whose indexed due date has passed (with `skipQueued`,
 * not those whose running deadline was already queued for the director, unless a 决定书 is
 * what they ignore: domain overdueSweepAction), with the hash of the
 * last event of each. SKIP LOCKED: rows another instance holds are left to it, so two sweepers
 * never take the same case.
 */
export async function claimOverdue(
  tx: Prisma.TransactionClient,
  now: Date,
  states: readonly CaseState[],
  limit: number,
  skipQueued = false,
): Promise<Claimed[]> {
  return tx.$queryRawUnsafe<Claimed[]>(
    `SELECT c.id::text AS id, c.state::text AS state, c.outcome::text AS outcome, c.version,
            c.unit_id::text AS "unitId", c.created_by_id::text AS "createdById", c.workflow,
            e.hash AS "headHash"
       FROM cases c
       JOIN case_events e ON e.case_id = c.id AND e.seq = c.version
      WHERE c.due_at < $1 AND c.state = ANY($2::text[]::"CaseState"[])
        AND (NOT $4::boolean
             OR c.workflow -> 'decisionQueue' -> 'deadlineSeq' IS DISTINCT FROM c.workflow -> 'deadline' -> 'seq'
             OR c.workflow -> 'notice' ->> 'instrument' = 'DECISION')
      ORDER BY c.due_at
      LIMIT $3
      FOR UPDATE OF c SKIP LOCKED`,
    now,
    [...states],
    limit,
    skipQueued,
  );
}
