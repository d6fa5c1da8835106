import { type IsoDate, isWeekend, toDayNumber } from './iso-date.ts';

/**
 * One on/off flag for a date. Holidays are `working: false`; 调休 make-up days (a Saturday or
 * Sunday worked in exchange for a longer holiday) are `working: true`.
 */
export type CalendarOverride = { date: IsoDate; working: boolean; note?: string };

export type WorkingCalendar = {
  isWorkingDay(date: IsoDate): boolean;
  noteFor(date: IsoDate): string | undefined;
  overrideFor(date: IsoDate): CalendarOverride | undefined;
};

/** Without an override, Monday–Friday are working days and Saturday/Sunday are not. */
export function isDefaultWorkingDay(date: IsoDate): boolean {
  return !isWeekend(date);
}

/**
 * Builds a calendar from overrides. A later override for the same date replaces an earlier
 * one, so an administrator's correction can simply be appended after the seeded data.
 * Invalid dates throw a RangeError here rather than silently never matching.
 */
export function createCalendar(overrides: Iterable<CalendarOverride>): WorkingCalendar {
  const byDate = new Map<IsoDate, CalendarOverride>();
  for (const o of overrides) {
    toDayNumber(o.date);
    if (typeof o.working !== 'boolean')
      throw new TypeError(`Override for ${o.date} needs a boolean 'working'`);
    // Copy and freeze so later mutation of the caller's objects cannot move deadlines.
    const copy: CalendarOverride =
      o.note === undefined
        ? { date: o.date, working: o.working }
        : { date: o.date, working: o.working, note: o.note };
    byDate.set(o.date, Object.freeze(copy));
  }
  const overrideFor = (date: IsoDate): CalendarOverride | undefined => {
    toDayNumber(date);
    return byDate.get(date);
  };
  return {
    isWorkingDay: (date) => overrideFor(date)?.working ?? isDefaultWorkingDay(date),
    noteFor: (date) => overrideFor(date)?.note,
    overrideFor,
  };
}
