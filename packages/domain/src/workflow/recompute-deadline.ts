import { computeDueAt, computeDueSoonAt, resolveDeadline, type WorkingCalendar } from '../calendar/index.ts';
import { activeDeadline } from './overdue.ts';
import { type CaseSnapshot, deadlineRuleOf } from './snapshot.ts';

/** The history entry written when a calendar correction moves a running deadline. */
export const RECOMPUTE_ACTION = 'recompute_deadline';

/**
 * After a calendar correction: the snapshot with its running deadline recomputed from the stored
 * rule, or null when the due date did not move. Closed or stopped clocks are left alone.
 */
export function recomputeDeadline(snap: CaseSnapshot, calendar: WorkingCalendar): CaseSnapshot | null {
  const d = activeDeadline(snap);
  if (!d) return null;
  const rule = deadlineRuleOf(d);
  const dueAt = computeDueAt(rule, calendar).toISOString();
  if (dueAt === d.dueAt) return null;
  const deadline = { ...d, dueAt, dueSoonAt: computeDueSoonAt(rule, calendar).toISOString() };
  return { ...snap, version: snap.version + 1, workflow: { ...snap.workflow, deadline } };
}

/** What a calendar change does to a case's running deadline (null when no clock is running). */
export function deadlineShift(snap: CaseSnapshot, before: WorkingCalendar, after: WorkingCalendar) {
  const d = activeDeadline(snap);
  if (!d) return null;
  const rule = deadlineRuleOf(d);
  return {
    next: recomputeDeadline(snap, after),
    dueAtBefore: d.dueAt,
    provisionalBefore: resolveDeadline(rule, before).provisional,
    provisionalAfter: resolveDeadline(rule, after).provisional,
  };
}
