import { z } from 'zod';
import type { WorkingCalendar } from '../calendar/calendar.ts';
import { type IsoDate, shanghaiDate } from '../calendar/iso-date.ts';
import { workingDaysBetween } from '../calendar/working-days.ts';
import type { CaseSnapshot } from '../workflow/snapshot.ts';
import type { TCaseFilters } from './cases.ts';

// How case lists are ordered and grouped: the urgency order of the unit inbox, the center's
// queues (one request for all their counts) and the days a referred case was overdue.

/** The orders a list can be read in: newest first (default) or by urgency. */
export const CASE_SORTS = ['newest', 'urgency'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

/**
 * The urgency order, most urgent first: overdue (the longest overdue first), then due soon (the
 * earliest due first), then every other case (newest first). The three filters partition the
 * cases; a list sorted by urgency is these groups read one after another.
 */
export const URGENCY_GROUPS = [
  { key: 'OVERDUE', filter: { overdue: true }, order: 'dueAt' },
  { key: 'DUE_SOON', filter: { dueSoon: true }, order: 'dueAt' },
  { key: 'REST', filter: { overdue: false, dueSoon: false }, order: 'newest' },
] as const satisfies readonly { key: string; filter: Partial<TCaseFilters>; order: 'dueAt' | 'newest' }[];
export type UrgencyGroup = (typeof URGENCY_GROUPS)[number];

/** Which rows of each group fill one page of the concatenated groups (counts in group order). */
export function groupSlices(
  counts: readonly number[],
  page: number,
  pageSize: number,
): { group: number; skip: number; take: number }[] {
  let start = (page - 1) * pageSize;
  let wanted = pageSize;
  const slices: { group: number; skip: number; take: number }[] = [];
  counts.forEach((count, group) => {
    if (wanted === 0) return;
    if (start >= count) {
      start -= count;
      return;
    }
    const take = Math.min(count - start, wanted);
    slices.push({ group, skip: start, take });
    wanted -= take;
    start = 0;
  });
  return slices;
}

/**
 * The center's queues (staff and director): 全部, 我的案件 (the caller is 承办人), one per stage of
 * the loop, and the deadline alerts. `GET /api/cases/counts` counts them all in one request.
 */
export const CASE_QUEUES = [
  { key: 'all', filter: {} },
  { key: 'mine', filter: {}, mine: true },
  { key: 'unitUndetermined', filter: { unitUndetermined: true }, tone: 'warning' },
  { key: 'received', filter: { state: 'RECEIVED' } },
  { key: 'assessing', filter: { state: 'ASSESSING' } },
  { key: 'investigating', filter: { state: 'INVESTIGATING' } },
  { key: 'pendingApproval', filter: { state: 'NOTICE_PENDING_APPROVAL' } },
  { key: 'awaitingReply', filter: { state: 'AWAITING_REPLY' } },
  { key: 'replyReview', filter: { state: 'REPLY_UNDER_REVIEW' } },
  { key: 'rechecking', filter: { state: 'RECHECKING' } },
  { key: 'dueSoon', filter: { dueSoon: true }, tone: 'warning' },
  { key: 'overdue', filter: { overdue: true }, tone: 'danger' },
  { key: 'referred', filter: { state: 'REFERRED' } },
  { key: 'closed', filter: { state: 'CLOSED' } },
] as const satisfies readonly {
  key: string;
  filter: Partial<TCaseFilters>;
  mine?: true;
  tone?: 'warning' | 'danger';
}[];
export type CaseQueue = (typeof CASE_QUEUES)[number];
export type CaseQueueKey = CaseQueue['key'];
export const CASE_QUEUE_KEYS = CASE_QUEUES.map((q) => q.key) as [CaseQueueKey, ...CaseQueueKey[]];

/** The filters of a queue for a caller: 我的案件 is the caller's own 承办人 cases. */
export function queueFilter(queue: CaseQueue, callerId: string): Partial<TCaseFilters> {
  return 'mine' in queue ? { ...queue.filter, assigneeId: callerId } : queue.filter;
}

export const ZCaseCounts = z.object({
  counts: z.record(z.enum(CASE_QUEUE_KEYS), z.int()),
});
export type TCaseCounts = z.infer<typeof ZCaseCounts>;

/**
 * 逾期时长 of a referred case: the working days from the due date of the deadline it missed to
 * the referral (an automatic referral is made the day after the due date at the earliest); null
 * when the case was not referred, had no deadline, or was referred before its due date.
 */
export function referralOverdueWorkingDays(snap: CaseSnapshot, cal: WorkingCalendar): number | null {
  const { referral, deadline } = snap.workflow;
  if (!referral || !deadline) return null;
  const due: IsoDate = shanghaiDate(new Date(deadline.dueAt));
  const referred: IsoDate = shanghaiDate(new Date(referral.at));
  const days = workingDaysBetween(due, referred, cal);
  return days > 0 ? days : null;
}
