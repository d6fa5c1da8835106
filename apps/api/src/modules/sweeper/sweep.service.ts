import {
  type ActionContext,
  applyAction,
  type OverduePolicy,
  overdueReferralReason,
  overdueSweepAction,
  SWEEP_STATES,
  SYSTEM_ACTOR,
} from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import type { CalendarService } from '../calendar/calendar.service.ts';
import { type CaseChange, recordCaseChanges } from '../case-store/case-changes.ts';
import { type CaseColumns, columnsOf, snapshotOf } from '../case-store/case-record.ts';
import { insertEvents, updateCasesIfVersion } from '../case-store/case-store.repository.ts';
import { chainedEventRow, type StoredEvent } from '../case-store/event-chain.ts';
import { TX_OPTIONS } from '../case-store/tx-options.ts';
import { readProfile } from '../office-profile/office-profile.repository.ts';
import { claimOverdue } from './sweep.repository.ts';

// The deadline sweep (懒政怠政自动移送): every case whose running deadline has passed is referred
// to discipline inspection by the system, exactly once, however many API instances sweep at
// the same time — or, under the office's PROPOSE_DECISION policy, marked red and queued for the
// director (mark_overdue), once per deadline; an ignored 决定书 is referred whatever the policy.
// Rows are claimed with FOR UPDATE SKIP LOCKED, so two sweepers never take the
// same case, and each write still checks the version, so a unit's last-second reply wins
// cleanly. Cases are handled in batches with one UPDATE and one INSERT per batch, written with
// the case store's own columns (columnsOf) and history rows (chainedEventRow).

export const SWEEP_BATCH = 500;

type Deps = { prisma: PrismaClient; clock: Clock; calendars: CalendarService };

export function createSweepService({ prisma, clock, calendars }: Deps) {
  /** Refers (or marks) one batch; -1 when nothing was left to claim. */
  async function sweepBatch(now: Date, ctx: ActionContext, policy: OverduePolicy): Promise<number> {
    return prisma.$transaction(async (tx) => {
      // Cases already queued for this deadline stay red without being claimed again.
      const claimed = await claimOverdue(tx, now, SWEEP_STATES, SWEEP_BATCH, policy === 'PROPOSE_DECISION');
      const updates: { id: string; expectedVersion: number; columns: CaseColumns }[] = [];
      const events: StoredEvent[] = [];
      const changes: CaseChange[] = [];
      for (const c of claimed) {
        const snap = snapshotOf(c);
        const payload = { reason: overdueReferralReason(snap) };
        const result = applyAction(snap, overdueSweepAction(snap, policy), payload, SYSTEM_ACTOR, ctx);
        if (!result.ok) continue; // e.g. the deadline was extended since it was indexed
        updates.push({ id: c.id, expectedVersion: c.version, columns: columnsOf(result.next, now) });
        events.push(chainedEventRow(c.id, result.next.version, result.event, c.headHash));
        changes.push({
          caseId: c.id,
          action: result.event.action,
          fromState: result.event.fromState,
          after: result.next,
          actor: SYSTEM_ACTOR,
          at: now,
        });
      }
      if (updates.length === 0) return claimed.length === 0 ? -1 : 0;
      // The rows are locked, so every version still matches; if one did not, write nothing.
      if ((await updateCasesIfVersion(tx, updates)) !== updates.length)
        throw new Error('sweep: a claimed case changed under its lock');
      await insertEvents(tx, events);
      await recordCaseChanges(tx, changes);
      return updates.length;
    }, TX_OPTIONS);
  }

  return {
    /** Refers (or queues for the director) every overdue case; returns how many this call handled. */
    async run(): Promise<number> {
      const now = clock.now();
      const ctx: ActionContext = { now, calendar: await calendars.current() };
      const { overduePolicy } = await readProfile(prisma);
      let referred = 0;
      for (;;) {
        const n = await sweepBatch(now, ctx, overduePolicy);
        if (n < 0) break;
        referred += n;
        if (n === 0) break;
      }
      return referred;
    },
  };
}

export type SweepService = ReturnType<typeof createSweepService>;
