import { z } from 'zod';
import { type CalendarOverride, createCalendar } from './calendar.ts';
import {
  type ArrangementDays,
  arrangementToOverrides,
  checkArrangementDays,
  ZIsoDate,
} from './holiday-arrangement.ts';
import { fromDayNumber, type IsoDate, toDayNumber } from './iso-date.ts';

// What an administrator's calendar change does to the flags, as pure functions: the API
// previews a change with them (nothing written) and the year view reads them.

/** A year's State Council arrangement as an administrator types it in (a table). */
export const ZArrangementInput = z
  .object({
    year: z.int().min(2000).max(2100),
    /** e.g. 国办发明电〔2026〕X号 — optional; shown in the year view. */
    documentNumber: z.string().trim().max(60).default(''),
    holidays: z
      .array(z.object({ name: z.string().trim().min(1).max(20), from: ZIsoDate, to: ZIsoDate }))
      .min(1)
      .max(20),
    makeupWorkdays: z
      .array(z.object({ date: ZIsoDate, for: z.string().trim().min(1).max(20) }))
      .max(20)
      .default([]),
  })
  .superRefine((a, ctx) => {
    checkArrangementDays(a, ctx);
    // An arrangement may reach into the neighbouring month of the next or previous year
    // (元旦 from 30 December), no further.
    const first = `${a.year - 1}-12-01`;
    const last = `${a.year + 1}-01-31`;
    const outside = (date: string) => date < first || date > last;
    a.holidays.forEach((h, i) => {
      for (const key of ['from', 'to'] as const)
        if (outside(h[key]))
          ctx.addIssue({
            code: 'custom',
            path: ['holidays', i, key],
            message: `${h[key]} 不在 ${a.year} 年 / not in ${a.year}`,
          });
    });
    a.makeupWorkdays.forEach((m, i) => {
      if (outside(m.date))
        ctx.addIssue({
          code: 'custom',
          path: ['makeupWorkdays', i, 'date'],
          message: `${m.date} 不在 ${a.year} 年 / not in ${a.year}`,
        });
    });
  });
export type TArrangementInput = z.infer<typeof ZArrangementInput>;

export type CalendarChange =
  | { kind: 'DAY'; date: IsoDate; working: boolean; note: string }
  | { kind: 'ARRANGEMENT'; arrangement: TArrangementInput };

export type CalendarFlags = { overrides: CalendarOverride[]; arrangedYears: number[] };

const inYear = (date: IsoDate, year: number) => date.startsWith(`${year}-`);

/** The dates an arrangement replaces: its whole year, and any date it lists outside it. */
export function datesReplacedBy(a: ArrangementDays & { year: number }): (date: IsoDate) => boolean {
  const listed = new Set(arrangementToOverrides(a).map((o) => o.date));
  return (date) => inYear(date, a.year) || listed.has(date);
}

/**
 * The flags after a change. A day correction replaces that date's flag. Entering a year's
 * arrangement replaces every flag of that year (earlier corrections included) and marks the
 * year as arranged, so its deadlines stop being provisional.
 */
export function applyCalendarChange(flags: CalendarFlags, change: CalendarChange): CalendarFlags {
  if (change.kind === 'DAY') {
    const day: CalendarOverride = { date: change.date, working: change.working, note: change.note };
    return { ...flags, overrides: [...flags.overrides.filter((o) => o.date !== change.date), day] };
  }
  const a = change.arrangement;
  const replaced = datesReplacedBy(a);
  return {
    overrides: [...flags.overrides.filter((o) => !replaced(o.date)), ...arrangementToOverrides(a)],
    arrangedYears: [...new Set([...flags.arrangedYears, a.year])].sort(),
  };
}

export const calendarOf = (flags: CalendarFlags) =>
  createCalendar(flags.overrides, { arrangedYears: flags.arrangedYears });

export const DAY_KINDS = ['HOLIDAY', 'MAKEUP', 'CORRECTION', 'STATUTORY'] as const;
export type DayKind = (typeof DAY_KINDS)[number];
export type YearDay = { date: IsoDate; working: boolean; note: string; kind: DayKind };

/**
 * Every date of a year that is not a plain Mon–Fri working day / weekend, and why: a holiday or
 * 调休 day of the entered arrangement, an administrator's correction, or (a year without its
 * arrangement) a statutory holiday.
 */
export function yearDays(year: number, flags: CalendarFlags, arrangement: ArrangementDays | null): YearDay[] {
  const cal = calendarOf(flags);
  const stored = new Map(flags.overrides.map((o) => [o.date, o]));
  const fromArrangement = new Map(
    arrangement ? arrangementToOverrides(arrangement).map((o) => [o.date, o.working]) : [],
  );
  const days: YearDay[] = [];
  const first = toDayNumber(`${year}-01-01`);
  for (let n = first; n < toDayNumber(`${year + 1}-01-01`); n++) {
    const date = fromDayNumber(n);
    const override = cal.overrideFor(date);
    if (!override) continue;
    const own = stored.get(date);
    const kind: DayKind = !own
      ? 'STATUTORY'
      : fromArrangement.get(date) === own.working
        ? own.working
          ? 'MAKEUP'
          : 'HOLIDAY'
        : 'CORRECTION';
    days.push({ date, working: override.working, note: override.note ?? '', kind });
  }
  return days;
}

/** Arrangements are published in November or December for the next year. */
export const ARRANGEMENT_WARNING_MONTH = 11;

/**
 * Years the administrator should enter now: this year if it is missing, and from November on
 * the next year if it is missing.
 */
export function missingArrangements(today: IsoDate, arrangedYears: number[]): number[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const due = month >= ARRANGEMENT_WARNING_MONTH ? [year, year + 1] : [year];
  return due.filter((y) => !arrangedYears.includes(y));
}
