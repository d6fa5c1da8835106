import type { WorkingCalendar } from './calendar.ts';
import { endOfShanghaiDay, type IsoDate, parseInstant, shanghaiDate } from './iso-date.ts';
import { addWorkingDays } from './working-days.ts';

/**
 * What is stored for a deadline: the rule, not the resulting date, so a calendar correction
 * recomputes every open deadline.
 */
export type DeadlineRule = {
  /** ISO instant the clock started (e.g. the notice's issue time), with offset. */
  startAt: string;
  workingDays: number;
  extensions: { days: number; grantedAt: string }[];
};

export type DeadlineStatus = 'ON_TRACK' | 'DUE_SOON' | 'OVERDUE';

// 70% of the time elapsed turns a case yellow (Yinchuan's 电子监察). Kept as an exact ratio so
// the due-soon instant is computed in integers and never lands one millisecond early.
const DUE_SOON_NUMERATOR = 7;
const DUE_SOON_DENOMINATOR = 10;
export const DUE_SOON_FRACTION = DUE_SOON_NUMERATOR / DUE_SOON_DENOMINATOR;

export type ResolvedDeadline = {
  startAt: Date;
  startDate: IsoDate;
  baseWorkingDays: number;
  extensionDays: number;
  totalWorkingDays: number;
  dueDate: IsoDate;
  dueAt: Date;
  dueSoonAt: Date;
};

function extensionTotal(rule: DeadlineRule): number {
  let total = 0;
  for (const e of rule.extensions) {
    if (!Number.isInteger(e.days) || e.days < 0) {
      throw new RangeError(`Extension days must be a non-negative integer, got ${e.days}`);
    }
    total += e.days;
  }
  return total;
}

/** Every derived fact about a rule, computed once; the public helpers below read from it. */
export function resolveDeadline(rule: DeadlineRule, cal: WorkingCalendar): ResolvedDeadline {
  if (!Number.isInteger(rule.workingDays) || rule.workingDays < 0) {
    throw new RangeError(`Working days must be a non-negative integer, got ${rule.workingDays}`);
  }
  const startAt = parseInstant(rule.startAt);
  const startDate = shanghaiDate(startAt);
  const extensionDays = extensionTotal(rule);
  const totalWorkingDays = rule.workingDays + extensionDays;
  // The issue day never counts (addWorkingDays starts on the next day); validates the total.
  const dueDate = addWorkingDays(startDate, totalWorkingDays, cal);
  const dueAt = endOfShanghaiDay(dueDate);
  const span = dueAt.getTime() - startAt.getTime();
  const dueSoonAt = new Date(
    startAt.getTime() + Math.floor((span * DUE_SOON_NUMERATOR) / DUE_SOON_DENOMINATOR),
  );
  return {
    startAt,
    startDate,
    baseWorkingDays: rule.workingDays,
    extensionDays,
    totalWorkingDays,
    dueDate,
    dueAt,
    dueSoonAt,
  };
}

/** 23:59:59 (Asia/Shanghai) of the (workingDays + Σ extensions)-th working day after the start date. */
export function computeDueAt(rule: DeadlineRule, cal: WorkingCalendar): Date {
  return resolveDeadline(rule, cal).dueAt;
}

/** startAt + 70% of (dueAt − startAt), rounded down to the millisecond. */
export function computeDueSoonAt(rule: DeadlineRule, cal: WorkingCalendar): Date {
  return resolveDeadline(rule, cal).dueSoonAt;
}

export function deadlineStatus(rule: DeadlineRule, now: Date, cal: WorkingCalendar): DeadlineStatus {
  const t = now instanceof Date ? now.getTime() : Number.NaN;
  if (Number.isNaN(t)) throw new RangeError('deadlineStatus needs a valid Date for now');
  const { dueAt, dueSoonAt } = resolveDeadline(rule, cal);
  if (t > dueAt.getTime()) return 'OVERDUE';
  if (t >= dueSoonAt.getTime()) return 'DUE_SOON';
  return 'ON_TRACK';
}
