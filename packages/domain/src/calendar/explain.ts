import type { DeadlineBasis } from '../workflow/vocabulary.ts';
import type { WorkingCalendar } from './calendar.ts';
import { type DeadlineRule, resolveDeadline } from './deadline.ts';
import { explanationText } from './explain-text.ts';
import { formatShanghaiInstant, fromDayNumber, type IsoDate, isWeekend, toDayNumber } from './iso-date.ts';

export type SkippedDay = { date: IsoDate; reason: 'WEEKEND' | 'HOLIDAY'; note?: string };
export type MakeupWorkday = { date: IsoDate; note?: string };

/** How a due date was computed, for staff (spec: "show staff how a due date was computed"). */
export type DeadlineExplanation = {
  basis: DeadlineBasis;
  startDate: IsoDate;
  baseDays: number;
  extensionDays: number;
  totalDays: number;
  /** Calendar days: the period's last day before it moved past a weekend or holiday. */
  nominalEndDate: IsoDate;
  dueDate: IsoDate;
  /** ISO-8601 with +08:00. */
  dueAt: string;
  dueSoonAt: string;
  /**
   * Working days: non-working days between the start date (exclusive) and the due date.
   * Calendar days: the non-working days the last day was moved over (民法典 art. 203).
   */
  skipped: SkippedDay[];
  /** Saturdays/Sundays that counted because the calendar marks them as 调休 working days. */
  makeupWorkdays: MakeupWorkday[];
  /** Counted through a year without its State Council arrangement (statutory holidays only). */
  provisional: boolean;
  provisionalYears: number[];
  zh: string;
  en: string;
};

export type ExplanationFacts = Omit<DeadlineExplanation, 'zh' | 'en'>;

function withNote<T extends { date: IsoDate }>(base: T, note: string | undefined): T & { note?: string } {
  return note === undefined ? base : { ...base, note };
}

function classify(date: IsoDate, cal: WorkingCalendar): SkippedDay {
  const note = cal.noteFor(date);
  // A weekend inside a holiday carries the holiday's note and is reported as part of it (the
  // notices count it in "共8天"); a bare weekend stays a weekend.
  if (isWeekend(date) && note === undefined) return { date, reason: 'WEEKEND' };
  return withNote({ date, reason: 'HOLIDAY' as const }, note);
}

/** The days that decided the result: those skipped, and the 调休 days that counted. */
function walk(from: IsoDate, to: IsoDate, cal: WorkingCalendar) {
  const skipped: SkippedDay[] = [];
  const makeupWorkdays: MakeupWorkday[] = [];
  for (let day = toDayNumber(from); day <= toDayNumber(to); day++) {
    const date = fromDayNumber(day);
    if (!cal.isWorkingDay(date)) skipped.push(classify(date, cal));
    else if (isWeekend(date)) makeupWorkdays.push(withNote({ date }, cal.noteFor(date)));
  }
  return { skipped, makeupWorkdays };
}

export function explainDeadline(rule: DeadlineRule, cal: WorkingCalendar): DeadlineExplanation {
  const r = resolveDeadline(rule, cal);
  const afterStart = fromDayNumber(toDayNumber(r.startDate) + 1);
  const days =
    r.basis === 'WORKING_DAYS'
      ? walk(afterStart, r.dueDate, cal)
      : // Only the end of a calendar-day period depends on the calendar.
        walk(r.nominalEndDate, r.dueDate, cal);
  const facts: ExplanationFacts = {
    basis: r.basis,
    startDate: r.startDate,
    baseDays: r.baseDays,
    extensionDays: r.extensionDays,
    totalDays: r.totalDays,
    nominalEndDate: r.nominalEndDate,
    dueDate: r.dueDate,
    dueAt: formatShanghaiInstant(r.dueAt),
    dueSoonAt: formatShanghaiInstant(r.dueSoonAt),
    skipped: r.totalDays === 0 ? [] : days.skipped,
    makeupWorkdays: r.totalDays === 0 ? [] : days.makeupWorkdays,
    provisional: r.provisional,
    provisionalYears: r.provisionalYears,
  };
  return { ...facts, ...explanationText(facts) };
}
