import type { WorkingCalendar } from './calendar.ts';
import { fromDayNumber, type IsoDate, toDayNumber } from './iso-date.ts';

/** Upper bound for n in addWorkingDays: ten years of days is far beyond any legal deadline. */
export const MAX_WORKING_DAYS = 3660;

// A calendar with no working day for this long is broken (e.g. a custom all-off calendar);
// stop instead of looping until the year 9999.
const MAX_NON_WORKING_RUN = 3660;

/**
 * The n-th working day after `start`; the start day itself never counts, whether or not it
 * is a working day. n = 0 returns `start`.
 */
export function addWorkingDays(start: IsoDate, n: number, cal: WorkingCalendar): IsoDate {
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) {
    throw new RangeError(`Working days must be an integer in 0..${MAX_WORKING_DAYS}, got ${n}`);
  }
  let day = toDayNumber(start);
  let remaining = n;
  let run = 0;
  while (remaining > 0) {
    day += 1;
    if (cal.isWorkingDay(fromDayNumber(day))) {
      remaining -= 1;
      run = 0;
    } else if (++run > MAX_NON_WORKING_RUN) {
      throw new RangeError(
        `No working day in the ${MAX_NON_WORKING_RUN} days after ${fromDayNumber(day - run)}`,
      );
    }
  }
  return fromDayNumber(day);
}

/** `date` itself when it is a working day, else the first working day after it. */
export function nextWorkingDayFrom(date: IsoDate, cal: WorkingCalendar): IsoDate {
  return cal.isWorkingDay(date) ? date : addWorkingDays(date, 1, cal);
}

/** Working days d with start < d ≤ end; 0 when end ≤ start. */
export function workingDaysBetween(start: IsoDate, end: IsoDate, cal: WorkingCalendar): number {
  const from = toDayNumber(start);
  const to = toDayNumber(end);
  let count = 0;
  for (let day = from + 1; day <= to; day++) {
    if (cal.isWorkingDay(fromDayNumber(day))) count++;
  }
  return count;
}
