import type { WorkingCalendar } from '../calendar/calendar.ts';
import { deadlineStatus } from '../calendar/deadline.ts';
import { shanghaiDate } from '../calendar/iso-date.ts';
import { workingDaysBetween } from '../calendar/working-days.ts';
import { referredForLateness } from '../stats/case-facts.ts';
import type { TDeadlineStatus } from '../workflow/deadline-status.ts';
import { activeBodyDeadline, activeDeadline } from '../workflow/overdue.ts';
import { type CaseSnapshot, deadlineRuleOf } from '../workflow/snapshot.ts';
import type { DeadlineBasis } from '../workflow/vocabulary.ts';

// The e-monitoring board (银川 电子监察): every running deadline, per unit, with its light and the
// working days left. Which deadlines run is workflow/overdue.ts (activeDeadline); the light is
// calendar/deadlineStatus (yellow from 70 % of the time, red once past due).

/**
 * Whose deadline a card shows: the unit's reply, the supervision body's own answer to an objection,
 * or the government's decision on a proposed 决定书 (both counted with the answerPeriod).
 */
export const MONITORING_DEADLINE_KINDS = ['UNIT_REPLY', 'BODY_ANSWER', 'BODY_DECISION'] as const;
export type MonitoringDeadlineKind = (typeof MONITORING_DEADLINE_KINDS)[number];

export type MonitoringDeadline = {
  kind: MonitoringDeadlineKind;
  dueAt: string;
  status: TDeadlineStatus;
  /** Working days from today (exclusive) to the due date (inclusive); 0 on the due day and after. */
  workingDaysLeft: number;
};

/** 剩余 N 个工作日: the working days after today up to and including the due day (0 once overdue). */
export function workingDaysLeft(dueAt: Date, now: Date, cal: WorkingCalendar): number {
  if (now.getTime() > dueAt.getTime()) return 0;
  return workingDaysBetween(shanghaiDate(now), shanghaiDate(dueAt), cal);
}

/**
 * 剩余 N 个工作日 / 剩余 N 日: what is left of a deadline in its own counting — working days for a
 * working-day rule, calendar days (today exclusive, the due day inclusive) for a calendar-day one;
 * 0 on the due day and after.
 */
export function daysLeft(basis: DeadlineBasis, dueAt: Date, now: Date, cal: WorkingCalendar): number {
  if (basis === 'WORKING_DAYS') return workingDaysLeft(dueAt, now, cal);
  if (now.getTime() > dueAt.getTime()) return 0;
  const day = (d: Date) => Date.parse(`${shanghaiDate(d)}T00:00:00Z`);
  return Math.round((day(dueAt) - day(now)) / 86_400_000);
}

/**
 * The deadlines of one case that the board shows (empty when no clock runs): the unit's reply,
 * and the body's own (BODY_ANSWER for an objection, BODY_DECISION for a proposed 决定书).
 */
export function monitoringDeadlines(
  snap: CaseSnapshot,
  now: Date,
  cal: WorkingCalendar,
): MonitoringDeadline[] {
  const cards: MonitoringDeadline[] = [];
  const d = activeDeadline(snap);
  if (d)
    cards.push({
      kind: 'UNIT_REPLY',
      dueAt: d.dueAt,
      status: deadlineStatus(deadlineRuleOf(d), now, cal),
      workingDaysLeft: workingDaysLeft(new Date(d.dueAt), now, cal),
    });
  const b = activeBodyDeadline(snap);
  if (b)
    cards.push({
      kind: b.kind === 'DECISION' ? 'BODY_DECISION' : 'BODY_ANSWER',
      dueAt: b.dueAt,
      status: deadlineStatus(deadlineRuleOf({ ...b, extensions: [] }), now, cal),
      workingDaysLeft: workingDaysLeft(new Date(b.dueAt), now, cal),
    });
  return cards;
}

const ORDER: Record<TDeadlineStatus, number> = { OVERDUE: 0, DUE_SOON: 1, ON_TRACK: 2 };

/** Cards most urgent first: red, then yellow, then green; earlier due dates first. */
export function compareMonitoringCards(a: MonitoringDeadline, b: MonitoringDeadline): number {
  return ORDER[a.status] - ORDER[b.status] || a.dueAt.localeCompare(b.dueAt);
}

export type BoardCard = MonitoringDeadline & {
  caseId: string;
  number: string;
  title: string;
  state: CaseSnapshot['state'];
  unitId: string;
};

type Lights = { onTrack: number; dueSoon: number; overdue: number; referredForLateness: number };
const noLights = (): Lights => ({ onTrack: 0, dueSoon: 0, overdue: 0, referredForLateness: 0 });
const LIGHT_KEY: Record<TDeadlineStatus, keyof Lights> = {
  ON_TRACK: 'onTrack',
  DUE_SOON: 'dueSoon',
  OVERDUE: 'overdue',
};

/**
 * The board: cards grouped per unit with the counts of each light and of the period's lateness
 * referrals (stats/case-facts referredForLateness); units with red first, then yellow, then by name.
 */
export function monitoringBoard(input: {
  units: { id: string; name: string }[];
  cards: BoardCard[];
  referrals: { unitId: string; referralBy: 'SYSTEM' | 'DIRECTOR' | null; count: number }[];
}) {
  const totals = noLights();
  const units = input.units.map((u) => ({
    unitId: u.id,
    unitName: u.name,
    ...noLights(),
    cards: [] as Omit<BoardCard, 'unitId'>[],
  }));
  const byId = new Map(units.map((u) => [u.unitId, u]));
  for (const { unitId, ...card } of [...input.cards].sort(compareMonitoringCards)) {
    const unit = byId.get(unitId);
    if (!unit) continue;
    unit.cards.push(card);
    unit[LIGHT_KEY[card.status]]++;
    totals[LIGHT_KEY[card.status]]++;
  }
  for (const r of input.referrals) {
    const unit = byId.get(r.unitId);
    if (!unit || !referredForLateness(r)) continue;
    unit.referredForLateness += r.count;
    totals.referredForLateness += r.count;
  }
  units.sort(
    (a, b) =>
      b.overdue + b.referredForLateness - (a.overdue + a.referredForLateness) ||
      b.dueSoon - a.dueSoon ||
      a.unitName.localeCompare(b.unitName, 'zh-CN'),
  );
  return { totals, units };
}
