import { SWEEP_STATES } from '../workflow/overdue.ts';
import { type ActionName, TRANSITIONS } from '../workflow/transition-table.ts';
import { UNIT_ROLES } from '../workflow/vocabulary.ts';

// 按期答复率 (onTimeRate): replies submitted by their due date ÷ replies that fell due. Read from a
// case's history: every event that sets or moves the unit's deadline carries `dueAt` in its data
// (issue, new deadline after a rejection or a dismissed objection, an extension); a reply is the
// unit's step out of a state where it owes one; the deadline sweep's referral is a reply that
// never came. A deadline still running and not yet passed is not counted.

type Row = { from: readonly string[]; to: string | null; roles: readonly string[] };
const rows = Object.entries(TRANSITIONS) as [ActionName, Row][];
const owesReply = (r: Row) => r.from.some((s) => (SWEEP_STATES as readonly string[]).includes(s));

/** The unit's replies: it leaves a state where it owes a reply (submit_rectification, object…). */
export const REPLY_ACTIONS: readonly ActionName[] = rows
  .filter(
    ([, r]) =>
      owesReply(r) &&
      r.to !== null &&
      !(SWEEP_STATES as readonly string[]).includes(r.to) &&
      r.roles.every((role) => (UNIT_ROLES as readonly string[]).includes(role)),
  )
  .map(([a]) => a);

/** The system's step when a deadline passed without a reply (the deadline sweep). */
export const LATE_ACTIONS: readonly ActionName[] = rows
  .filter(([, r]) => owesReply(r) && r.to !== null && r.roles.includes('SYSTEM'))
  .map(([a]) => a);

export type TimelinessEvent = { action: string; at: Date; dueAt: string | null };
export type ReplyTimeliness = { due: number; onTime: number };

/** Replies that fell due in one case's history (oldest first) and how many came by their due date. */
export function replyTimeliness(events: readonly TimelinessEvent[], now: Date): ReplyTimeliness {
  let dueAt: number | null = null;
  let due = 0;
  let onTime = 0;
  for (const e of events) {
    if ((REPLY_ACTIONS as readonly string[]).includes(e.action)) {
      if (dueAt !== null) {
        due++;
        if (e.at.getTime() <= dueAt) onTime++;
      }
      dueAt = null;
    } else if ((LATE_ACTIONS as readonly string[]).includes(e.action)) {
      if (dueAt !== null) due++;
      dueAt = null;
    } else if (e.dueAt !== null) {
      dueAt = Date.parse(e.dueAt);
    } else if ((TRANSITIONS as Record<string, Row>)[e.action]?.to != null) {
      // Any other step out of the waiting state (a director's referral) ends the deadline uncounted.
      dueAt = null;
    }
  }
  if (dueAt !== null && dueAt < now.getTime()) due++;
  return { due, onTime };
}

/** onTime ÷ due, or null before any reply fell due. */
export const onTimeRate = ({ due, onTime }: ReplyTimeliness): number | null =>
  due === 0 ? null : onTime / due;
