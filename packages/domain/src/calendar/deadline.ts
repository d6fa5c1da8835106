import type { DeadlineBasis } from '../workflow/vocabulary.ts';
import type { WorkingCalendar } from './calendar.ts';
import {
  addDays,
  endOfShanghaiDay,
  type IsoDate,
  parseInstant,
  shanghaiDate,
  toDayNumber,
} from './iso-date.ts';
import { addWorkingDays, MAX_WORKING_DAYS, nextWorkingDayFrom } from './working-days.ts';

/**
 * What is stored for a deadline: the rule, not the resulting date, so a calendar correction
 * recomputes every open deadline. Extensions are counted on the same basis as `days`.
 */
export type DeadlineRule = {
  /** ISO instant the clock started (e.g. the notice's issue time), with offset. */
  startAt: string;
  basis: DeadlineBasis;
  days: number;
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
  basis: DeadlineBasis;
  baseDays: number;
  extensionDays: number;
  totalDays: number;
  /** Calendar days: the last day of the period before 民法典 art. 203 moves it; else = dueDate. */
  nominalEndDate: IsoDate;
  dueDate: IsoDate;
  dueAt: Date;
  dueSoonAt: Date;
  /** The period runs through a year whose holiday arrangement has not been entered. */
  provisional: boolean;
  provisionalYears: number[];
};

function checkDays(days: number, what: string): number {
  if (!Number.isInteger(days) || days < 0 || days > MAX_WORKING_DAYS) {
    throw new RangeError(`${what} must be an integer in 0..${MAX_WORKING_DAYS}, got ${days}`);
  }
  return days;
}

function extensionTotal(rule: DeadlineRule): number {
  return rule.extensions.reduce((sum, e) => sum + checkDays(e.days, 'Extension days'), 0);
}

/**
 * The last day of the period. Working days: the n-th working day after the start date.
 * Calendar days (民法典 arts. 201, 203): the start date does not count; a last day that is a
 * weekend day or a public holiday moves to the next working day.
 */
function endDate(startDate: IsoDate, basis: DeadlineBasis, total: number, cal: WorkingCalendar) {
  if (basis === 'WORKING_DAYS') {
    const due = addWorkingDays(startDate, total, cal);
    return { nominalEndDate: due, dueDate: due };
  }
  const nominalEndDate = addDays(startDate, total);
  return {
    nominalEndDate,
    dueDate: total === 0 ? nominalEndDate : nextWorkingDayFrom(nominalEndDate, cal),
  };
}

/** Years after the start date up to the due date that follow the statutory fallback. */
function provisionalYearsOf(startDate: IsoDate, dueDate: IsoDate, cal: WorkingCalendar): number[] {
  if (toDayNumber(dueDate) <= toDayNumber(startDate)) return [];
  const years: number[] = [];
  for (let y = Number(addDays(startDate, 1).slice(0, 4)); y <= Number(dueDate.slice(0, 4)); y++) {
    if (cal.isProvisionalYear(y)) years.push(y);
  }
  return years;
}

/** Every derived fact about a rule, computed once; the public helpers below read from it. */
export function resolveDeadline(rule: DeadlineRule, cal: WorkingCalendar): ResolvedDeadline {
  if (rule.basis !== 'WORKING_DAYS' && rule.basis !== 'CALENDAR_DAYS') {
    throw new RangeError(`Unknown deadline basis ${JSON.stringify(rule.basis)}`);
  }
  const baseDays = checkDays(rule.days, 'Days');
  const startAt = parseInstant(rule.startAt);
  const startDate = shanghaiDate(startAt);
  const extensionDays = extensionTotal(rule);
  const totalDays = checkDays(baseDays + extensionDays, 'Days with extensions');
  // The issue day never counts: both bases start on the next day.
  const { nominalEndDate, dueDate } = endDate(startDate, rule.basis, totalDays, cal);
  const dueAt = endOfShanghaiDay(dueDate);
  const span = dueAt.getTime() - startAt.getTime();
  const dueSoonAt = new Date(
    startAt.getTime() + Math.floor((span * DUE_SOON_NUMERATOR) / DUE_SOON_DENOMINATOR),
  );
  const provisionalYears = provisionalYearsOf(startDate, dueDate, cal);
  return {
    startAt,
    startDate,
    basis: rule.basis,
    baseDays,
    extensionDays,
    totalDays,
    nominalEndDate,
    dueDate,
    dueAt,
    dueSoonAt,
    provisional: provisionalYears.length > 0,
    provisionalYears,
  };
}

/** 23:59:59 (Asia/Shanghai) of the last day of the period (see resolveDeadline). */
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
