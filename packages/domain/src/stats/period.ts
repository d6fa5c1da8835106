import { addDays, type IsoDate, isIsoDate, startOfShanghaiDay, toDayNumber } from '../calendar/iso-date.ts';

// A period of registration dates (YYYY-MM-DD, inclusive, Asia/Shanghai days): the list's
// `from`/`to` and the statistics' period. Both ends are optional in the list; a reversed period
// or one longer than five years is refused (400 VALIDATION).

/** The longest period statistics are computed for: five years (5 × 366 days covers any leap years). */
export const MAX_PERIOD_DAYS = 5 * 366;

export type PeriodDates = { from?: IsoDate | undefined; to?: IsoDate | undefined };
export type PeriodProblem = 'REVERSED' | 'TOO_LONG';

/** Why a period is refused, or null. Both dates must already be real ISO dates. */
export function periodProblem({ from, to }: PeriodDates): PeriodProblem | null {
  if (from === undefined || to === undefined || !isIsoDate(from) || !isIsoDate(to)) return null;
  const days = toDayNumber(to) - toDayNumber(from);
  if (days < 0) return 'REVERSED';
  return days + 1 > MAX_PERIOD_DAYS ? 'TOO_LONG' : null;
}

/** The instants a period covers: [start of `from`, start of the day after `to`), either end open. */
export function periodInstants({ from, to }: PeriodDates): { gte?: Date; lt?: Date } {
  return {
    ...(from ? { gte: startOfShanghaiDay(from) } : {}),
    ...(to ? { lt: startOfShanghaiDay(addDays(to, 1)) } : {}),
  };
}

/** 'YYYY-MM' of an instant in China (the trend's month). */
export function shanghaiMonth(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);
}
