import { calendarOf, type WorkingCalendar } from '@sp/domain';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { readFlags } from './calendar.repository.ts';

// The working-day calendar lives in the database (admins correct it, and enter each year's
// arrangement); each instance caches it briefly. A change made here is seen at once by this
// instance and within the TTL by the others. Years without an arrangement follow the
// statutory holidays (provisional).

const CACHE_TTL_MS = 10_000;

export function createCalendarService({ prisma }: { prisma: PrismaClient }) {
  let cached: { calendar: WorkingCalendar; at: number } | null = null;
  return {
    async current(): Promise<WorkingCalendar> {
      if (cached && Date.now() - cached.at < CACHE_TTL_MS) return cached.calendar;
      const calendar = calendarOf(await readFlags(prisma));
      cached = { calendar, at: Date.now() };
      return calendar;
    },
    invalidate() {
      cached = null;
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
