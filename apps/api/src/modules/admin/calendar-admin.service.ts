import {
  type Actor,
  applyCalendarChange,
  type CalendarChange,
  type CalendarFlags,
  type CaseSnapshot,
  calendarOf,
  deadlineShift,
  missingArrangements,
  RECOMPUTE_ACTION,
  SYSTEM_ACTOR,
  shanghaiDate,
  type TArrangementInput,
  type TCalendarDayUpdate,
  type TDeadlineMove,
  unitDisplayName,
  yearDays,
  ZArrangementInput,
} from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import {
  findYear,
  listYearDays,
  readArrangedYears,
  readFlags,
  replaceArrangement,
  upsertDay,
} from '../calendar/calendar.repository.ts';
import type { CalendarService } from '../calendar/calendar.service.ts';
import { recordCaseChanges } from '../case-store/case-changes.ts';
import { appendEvent } from '../case-store/case-history.ts';
import { columnsOf, snapshotOf } from '../case-store/case-record.ts';
import { updateCaseIfVersion } from '../case-store/case-store.repository.ts';
import { TX_OPTIONS } from '../case-store/tx-options.ts';
import { findRunningDeadlines } from './running-deadlines.repository.ts';

// A calendar change (a corrected day, or a year's State Council arrangement entered) must move
// every running deadline that depends on it. The rule is stored, so each due date is
// recomputed from it. A preview computes the same moves in memory and writes nothing; applying
// writes the change, the moved deadlines and one history entry per moved case in one
// transaction.

type Deps = { prisma: PrismaClient; clock: Clock; calendars: CalendarService };
type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
type Db = PrismaClient | Tx;
type RunningRow = Awaited<ReturnType<typeof findRunningDeadlines>>[number];

async function movesOf(db: Db, before: CalendarFlags, after: CalendarFlags) {
  const [calBefore, calAfter] = [calendarOf(before), calendarOf(after)];
  const moves: { move: TDeadlineMove; row: RunningRow; next: CaseSnapshot }[] = [];
  for (const row of await findRunningDeadlines(db)) {
    const shift = deadlineShift(snapshotOf(row), calBefore, calAfter);
    if (!shift?.next) continue;
    const move: TDeadlineMove = {
      caseId: row.id,
      number: row.number,
      unitName: unitDisplayName(row.unit?.name ?? null, null),
      dueAtBefore: new Date(shift.dueAtBefore).toISOString(),
      dueAtAfter: new Date(shift.next.workflow.deadline!.dueAt).toISOString(),
      provisionalBefore: shift.provisionalBefore,
      provisionalAfter: shift.provisionalAfter,
    };
    moves.push({ move, row, next: shift.next });
  }
  return moves;
}

function eventDataOf(change: CalendarChange) {
  return change.kind === 'DAY'
    ? { date: change.date, working: change.working }
    : { arrangementYear: change.arrangement.year };
}

export function createCalendarAdminService({ prisma, clock, calendars }: Deps) {
  /** Writes the change and moves the running deadlines, all in one transaction. */
  async function apply(change: CalendarChange, actor: Actor, write: (tx: Tx) => Promise<void>) {
    const now = clock.now();
    const moves = await prisma.$transaction(async (tx) => {
      const before = await readFlags(tx);
      await write(tx);
      const moved = await movesOf(tx, before, await readFlags(tx));
      const applied: TDeadlineMove[] = [];
      for (const { move, row, next } of moved) {
        if ((await updateCaseIfVersion(tx, row.id, row.version, columnsOf(next, now))) === 0) continue;
        await appendEvent(tx, row.id, next.version, {
          action: RECOMPUTE_ACTION,
          fromState: null,
          toState: next.state,
          actor: actor.kind === 'user' ? actor : SYSTEM_ACTOR,
          at: now.toISOString(),
          data: {
            ...eventDataOf(change),
            previousDueAt: move.dueAtBefore,
            dueAt: next.workflow.deadline?.dueAt ?? null,
          },
        });
        await recordCaseChanges(tx, [
          { caseId: row.id, action: RECOMPUTE_ACTION, fromState: null, after: next, actor, at: now },
        ]);
        applied.push(move);
      }
      return applied;
    }, TX_OPTIONS);
    calendars.invalidate();
    return moves;
  }

  async function preview(change: CalendarChange) {
    const before = await readFlags(prisma);
    const moves = await movesOf(prisma, before, applyCalendarChange(before, change));
    return { moves: moves.map((m) => m.move) };
  }

  const dayChange = (date: string, u: TCalendarDayUpdate): CalendarChange => ({ kind: 'DAY', date, ...u });

  return {
    listYear: (year: number) => listYearDays(prisma, year),

    async status() {
      const today = shanghaiDate(clock.now());
      const arrangedYears = await readArrangedYears(prisma);
      return { today, arrangedYears, missing: missingArrangements(today, arrangedYears) };
    },

    async yearView(year: number) {
      const [flags, row] = await Promise.all([readFlags(prisma), findYear(prisma, year)]);
      const parsed = row
        ? ZArrangementInput.safeParse({ documentNumber: '', ...(row.arrangement as object) })
        : null;
      const arrangement = parsed?.success ? parsed.data : null;
      const source = (row?.arrangement as { source?: { documentNumber?: string } } | undefined)?.source;
      return {
        year,
        arranged: row !== null,
        documentNumber: arrangement?.documentNumber || source?.documentNumber || null,
        enteredAt: row?.enteredAt.toISOString() ?? null,
        holidays: arrangement?.holidays ?? [],
        makeupWorkdays: arrangement?.makeupWorkdays ?? [],
        days: yearDays(year, flags, arrangement),
      };
    },

    previewDay: (date: string, update: TCalendarDayUpdate) => preview(dayChange(date, update)),
    previewArrangement: (input: TArrangementInput) => preview({ kind: 'ARRANGEMENT', arrangement: input }),

    async setDay(date: string, update: TCalendarDayUpdate, actor: Actor) {
      let day = { date, working: update.working, note: update.note };
      const moves = await apply(dayChange(date, update), actor, async (tx) => {
        day = await upsertDay(tx, date, update.working, update.note);
      });
      return { day, recomputedCases: moves.length, moves };
    },

    async enterArrangement(input: TArrangementInput, actor: Actor) {
      const userId = actor.kind === 'user' ? actor.id : null;
      const change: CalendarChange = { kind: 'ARRANGEMENT', arrangement: input };
      const moves = await apply(change, actor, (tx) => replaceArrangement(tx, input, userId, clock.now()));
      return { year: input.year, recomputedCases: moves.length, moves };
    },
  };
}

export type CalendarAdminService = ReturnType<typeof createCalendarAdminService>;
