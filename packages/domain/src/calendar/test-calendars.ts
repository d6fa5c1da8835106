import { readFileSync } from 'node:fs';
import { type CalendarOverride, createCalendar } from './calendar.ts';
import {
  arrangementToOverrides,
  type HolidayArrangement,
  ZHolidayArrangement,
} from './holiday-arrangement.ts';

// Test support: the official arrangements in seeds/calendar, as the API loads them.

export function officialArrangement(year: number): HolidayArrangement {
  const url = new URL(`../../../../seeds/calendar/${year}.json`, import.meta.url);
  return ZHolidayArrangement.parse(JSON.parse(readFileSync(url, 'utf8')));
}

export const officialOverrides = (year: number): CalendarOverride[] =>
  arrangementToOverrides(officialArrangement(year));

/** 2025 and 2026 entered; every other year falls back to the statutory holidays. */
export const OFFICIAL_WITH_FALLBACK = createCalendar(
  [...officialOverrides(2025), ...officialOverrides(2026)],
  { arrangedYears: [2025, 2026] },
);
