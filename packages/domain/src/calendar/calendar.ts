import { type IsoDate, isWeekend, toDayNumber } from './iso-date.ts';
import { statutoryOverrides } from './statutory-holidays.ts';

/**
 * One on/off flag for a date. Holidays are `working: false`; 调休 make-up days (a Saturday or
 * Sunday worked in exchange for a longer holiday) are `working: true`.
 */
export type CalendarOverride = { date: IsoDate; working: boolean; note?: string };

export type WorkingCalendar = {
  isWorkingDay(date: IsoDate): boolean;
  noteFor(date: IsoDate): string | undefined;
  overrideFor(date: IsoDate): CalendarOverride | undefined;
  /**
   * True for a year whose State Council arrangement has not been entered: its days follow the
   * statutory holidays only (no 调休), so a deadline counted through it is provisional.
   */
  isProvisionalYear(year: number): boolean;
};

export type CalendarOptions = {
  /**
   * The years whose arrangement has been entered. When given, every other year falls back to
   * the statutory holidays of 《全国年节及纪念日放假办法》 and counts as provisional. Without it
   * the calendar knows only the overrides (a plain Mon–Fri calendar elsewhere).
   */
  arrangedYears?: Iterable<number>;
};

/** Without an override, Monday–Friday are working days and Saturday/Sunday are not. */
export function isDefaultWorkingDay(date: IsoDate): boolean {
  return !isWeekend(date);
}

function freeze(o: CalendarOverride): CalendarOverride {
  // Copy and freeze so later mutation of the caller's objects cannot move deadlines.
  const copy = o.note === undefined ? { date: o.date, working: o.working } : { ...o };
  return Object.freeze(copy);
}

/** The statutory fallback for years without an arrangement, computed once per year. */
function createFallback(arrangedYears: Iterable<number> | undefined) {
  if (arrangedYears === undefined) return { provisional: () => false, dayOff: () => undefined };
  const arranged = new Set(arrangedYears);
  const byYear = new Map<number, Map<IsoDate, CalendarOverride>>();
  const provisional = (year: number) => !arranged.has(year);
  const dayOff = (date: IsoDate): CalendarOverride | undefined => {
    const year = Number(date.slice(0, 4));
    if (!provisional(year) || year < 1901 || year > 2099) return undefined;
    let days = byYear.get(year);
    if (!days) {
      days = new Map(statutoryOverrides(year).map((o) => [o.date, freeze(o)]));
      byYear.set(year, days);
    }
    return days.get(date);
  };
  return { provisional, dayOff };
}

/**
 * Builds a calendar from overrides. A later override for the same date replaces an earlier
 * one, so an administrator's correction can simply be appended after the seeded data; an
 * override also beats the statutory fallback. Invalid dates throw a RangeError here rather
 * than silently never matching.
 */
export function createCalendar(
  overrides: Iterable<CalendarOverride>,
  options: CalendarOptions = {},
): WorkingCalendar {
  const byDate = new Map<IsoDate, CalendarOverride>();
  for (const o of overrides) {
    toDayNumber(o.date);
    if (typeof o.working !== 'boolean')
      throw new TypeError(`Override for ${o.date} needs a boolean 'working'`);
    byDate.set(o.date, freeze(o));
  }
  const fallback = createFallback(options.arrangedYears);
  const overrideFor = (date: IsoDate): CalendarOverride | undefined => {
    toDayNumber(date);
    return byDate.get(date) ?? fallback.dayOff(date);
  };
  return {
    isWorkingDay: (date) => overrideFor(date)?.working ?? isDefaultWorkingDay(date),
    noteFor: (date) => overrideFor(date)?.note,
    overrideFor,
    isProvisionalYear: fallback.provisional,
  };
}
