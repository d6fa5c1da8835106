import {
  type Actor,
  createCalendar,
  RECOMPUTE_ACTION,
  recomputeDeadline,
  SYSTEM_ACTOR,
  type TCalendarDayUpdate,
} from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { type CalendarService, readOverrides, toIsoDate } from '../calendar/calendar.service.ts';
import { appendEvent } from '../case-store/case-history.ts';
import { caseSelect, columnsOf, snapshotOf } from '../case-store/case-record.ts';
import { updateCaseIfVersion } from '../case-store/case-store.repository.ts';
import { TX_OPTIONS } from '../case-store/tx-options.ts';

// A calendar correction (say, the State Council moves a 调休 day) must move every running
// deadline that depends on it. The rule is stored, so each due date is recomputed from it, in the
// same transaction as the correction, and each moved case gets a history entry.

type Deps = { prisma: PrismaClient; clock: Clock; calendars: CalendarService };

export function createCalendarAdminService({ prisma, clock, calendars }: Deps) {
  return {
    async listYear(year: number) {
      const rows = await prisma.calendarDay.findMany({
        where: {
          date: { gte: new Date(`${year}-01-01T00:00:00Z`), lt: new Date(`${year + 1}-01-01T00:00:00Z`) },
        },
        orderBy: { date: 'asc' },
      });
      return rows.map((r) => ({ date: toIsoDate(r.date), working: r.working, note: r.note }));
    },

    async setDay(date: string, update: TCalendarDayUpdate, actor: Actor) {
      const now = clock.now();
      const result = await prisma.$transaction(async (tx) => {
        const day = await tx.calendarDay.upsert({
          where: { date: new Date(`${date}T00:00:00Z`) },
          create: { date: new Date(`${date}T00:00:00Z`), working: update.working, note: update.note },
          update: { working: update.working, note: update.note },
        });
        const calendar = createCalendar(await readOverrides(tx));
        const running = await tx.case.findMany({ where: { dueAt: { not: null } }, select: caseSelect });
        let recomputed = 0;
        for (const row of running) {
          const snap = snapshotOf(row);
          const next = recomputeDeadline(snap, calendar);
          if (!next) continue;
          if ((await updateCaseIfVersion(tx, row.id, row.version, columnsOf(next, now))) === 0) continue;
          await appendEvent(tx, row.id, next.version, {
            action: RECOMPUTE_ACTION,
            fromState: null,
            toState: next.state,
            actor: actor.kind === 'user' ? actor : SYSTEM_ACTOR,
            at: now.toISOString(),
            data: {
              date,
              working: update.working,
              previousDueAt: snap.workflow.deadline?.dueAt ?? null,
              dueAt: next.workflow.deadline?.dueAt ?? null,
            },
          });
          recomputed++;
        }
        return {
          day: { date: toIsoDate(day.date), working: day.working, note: day.note },
          recomputedCases: recomputed,
        };
      }, TX_OPTIONS);
      calendars.invalidate();
      return result;
    },
  };
}

export type CalendarAdminService = ReturnType<typeof createCalendarAdminService>;
