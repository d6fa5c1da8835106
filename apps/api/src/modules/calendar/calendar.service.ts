import { type CalendarOverride, createCalendar, type WorkingCalendar } from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';

// The working-day calendar lives in the database (admins correct it); each instance caches
// it briefly. A correction made here is seen at once by this instance and within the TTL by
// the others.

const CACHE_TTL_MS = 10_000;

type Db = Pick<PrismaClient, 'calendarDay'>;

export const toIsoDate = (d: Date) => d.toISOString().slice(0, 10);

export async function readOverrides(db: Db): Promise<CalendarOverride[]> {
  const rows = await db.calendarDay.findMany({ orderBy: { date: 'asc' } });
  return rows.map((r) => ({ date: toIsoDate(r.date), working: r.working, note: r.note || undefined }));
}

export function createCalendarService({ prisma }: { prisma: PrismaClient }) {
  let cached: { calendar: WorkingCalendar; at: number } | null = null;
  return {
    async current(): Promise<WorkingCalendar> {
      if (cached && Date.now() - cached.at < CACHE_TTL_MS) return cached.calendar;
      const calendar = createCalendar(await readOverrides(prisma));
      cached = { calendar, at: Date.now() };
      return calendar;
    },
    invalidate() {
      cached = null;
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
