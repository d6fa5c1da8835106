import {
  type ActionContext,
  applyAction,
  type CaseSnapshot,
  overdueReferralReason,
  SWEEP_STATES,
  SYSTEM_ACTOR,
} from '@sp/domain';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { eventHash } from '../../lib/hash-chain.ts';
import type { CalendarService } from '../calendar/calendar.service.ts';
import { chainActor } from '../cases/case-history.ts';
import { columnsOf, snapshotOf } from '../cases/case-record.ts';
import { TX_OPTIONS } from '../cases/tx-options.ts';

// The deadline sweep (懒政怠政自动移送): every case whose running deadline has passed is referred
// to discipline inspection by the system, exactly once, however many API instances sweep at
// the same time. Rows are claimed with FOR UPDATE SKIP LOCKED, so two sweepers never take the
// same case, and each write still checks the version, so a unit's last-second reply wins
// cleanly. Cases are handled in batches with one UPDATE and one INSERT per batch.

export const SWEEP_BATCH = 500;

type Deps = { prisma: PrismaClient; clock: Clock; calendars: CalendarService };

type Claimed = {
  id: string;
  state: CaseSnapshot['state'];
  outcome: CaseSnapshot['outcome'];
  version: number;
  unit_id: string;
  created_by_id: string | null;
  workflow: unknown;
  head_hash: string;
};

async function claimBatch(tx: Prisma.TransactionClient, now: Date, limit: number): Promise<Claimed[]> {
  return tx.$queryRawUnsafe<Claimed[]>(
    `SELECT c.id::text AS id, c.state::text AS state, c.outcome::text AS outcome, c.version, c.unit_id::text AS unit_id,
            c.created_by_id::text AS created_by_id, c.workflow, e.hash AS head_hash
       FROM cases c
       JOIN case_events e ON e.case_id = c.id AND e.seq = c.version
      WHERE c.due_at < $1 AND c.state = ANY($2::text[]::"CaseState"[])
      ORDER BY c.due_at
      LIMIT $3
      FOR UPDATE OF c SKIP LOCKED`,
    now,
    [...SWEEP_STATES],
    limit,
  );
}

export function createSweepService({ prisma, clock, calendars }: Deps) {
  async function sweepBatch(now: Date, ctx: ActionContext): Promise<number> {
    return prisma.$transaction(async (tx) => {
      const claimed = await claimBatch(tx, now, SWEEP_BATCH);
      const updates: { id: string; version: number; state: string; workflow: string }[] = [];
      const events: unknown[][] = [];
      for (const c of claimed) {
        const snap = snapshotOf({
          ...c,
          unitId: c.unit_id,
          createdById: c.created_by_id,
          workflow: c.workflow as Prisma.JsonValue,
        });
        const result = applyAction(
          snap,
          'refer_overdue',
          { reason: overdueReferralReason(snap) },
          SYSTEM_ACTOR,
          ctx,
        );
        if (!result.ok) continue; // e.g. the deadline was extended since it was indexed
        const cols = columnsOf(result.next, now);
        updates.push({
          id: c.id,
          version: c.version,
          state: cols.state,
          workflow: JSON.stringify(cols.workflow),
        });
        const data = JSON.parse(JSON.stringify(result.event.data));
        const seq = result.next.version;
        const hash = eventHash(c.head_hash, {
          caseId: c.id,
          seq,
          action: result.event.action,
          fromState: result.event.fromState,
          toState: result.event.toState,
          actor: chainActor(SYSTEM_ACTOR),
          at: result.event.at,
          data,
        });
        events.push([
          c.id,
          seq,
          result.event.action,
          result.event.fromState,
          result.event.toState,
          JSON.stringify(data),
          c.head_hash,
          hash,
        ]);
      }
      if (updates.length === 0) return claimed.length === 0 ? -1 : 0;
      await tx.$executeRawUnsafe(
        `UPDATE cases AS c
            SET state = v.state::"CaseState", version = v.version + 1, workflow = v.workflow::jsonb,
                due_at = NULL, due_soon_at = NULL, referred = true, updated_at = $4
           FROM unnest($1::uuid[], $2::int[], $3::text[], $5::text[]) AS v(id, version, workflow, state)
          WHERE c.id = v.id AND c.version = v.version`,
        updates.map((u) => u.id),
        updates.map((u) => u.version),
        updates.map((u) => u.workflow),
        now,
        updates.map((u) => u.state),
      );
      await tx.$executeRawUnsafe(
        `INSERT INTO case_events (case_id, seq, action, from_state, to_state, actor_id, actor_role, at, data, prev_hash, hash)
         SELECT v.case_id, v.seq, v.action, v.from_state::"CaseState", v.to_state::"CaseState", NULL, NULL, $9, v.data::jsonb, v.prev_hash, v.hash
           FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
             AS v(case_id, seq, action, from_state, to_state, data, prev_hash, hash)`,
        ...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => events.map((e) => e[i])),
        now,
      );
      return updates.length;
    }, TX_OPTIONS);
  }

  return {
    /** Refers every overdue case; returns how many this call referred. */
    async run(): Promise<number> {
      const now = clock.now();
      const ctx: ActionContext = { now, calendar: await calendars.current() };
      let referred = 0;
      for (;;) {
        const n = await sweepBatch(now, ctx);
        if (n < 0) break;
        referred += n;
        if (n === 0) break;
      }
      return referred;
    },
  };
}

export type SweepService = ReturnType<typeof createSweepService>;
