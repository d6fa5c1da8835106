import { computeDueAt, computeDueSoonAt } from '../calendar/index.ts';
import type { ActionContext } from './action-row.ts';
import { DomainError } from './domain-error.ts';
import { type CaseSnapshot, deadlineRuleOf, type TDeadlineState } from './snapshot.ts';

// The small rules the transition table's guards and effects are made of.

/** product.md: "Default rectification deadline: 15 working days" unless the administrator changes it. */
export const DEFAULT_DEADLINE_WORKING_DAYS = 15;

/** A fresh deadline of `workingDays` from now; its seq tells "once per deadline" rules apart. */
export function newDeadline(snap: CaseSnapshot, ctx: ActionContext, workingDays: number): TDeadlineState {
  const stored = { startAt: ctx.now.toISOString(), workingDays, extensions: [] };
  const rule = deadlineRuleOf(stored);
  return {
    seq: (snap.workflow.deadline?.seq ?? 0) + 1,
    ...stored,
    dueAt: computeDueAt(rule, ctx.calendar).toISOString(),
    dueSoonAt: computeDueSoonAt(rule, ctx.calendar).toISOString(),
  };
}

/** The same deadline with `days` more working days granted now. */
export function extendDeadline(current: TDeadlineState, days: number, ctx: ActionContext): TDeadlineState {
  const extensions = [...current.extensions, { days, grantedAt: ctx.now.toISOString() }];
  const rule = deadlineRuleOf({ ...current, extensions });
  return {
    ...current,
    extensions,
    dueAt: computeDueAt(rule, ctx.calendar).toISOString(),
    dueSoonAt: computeDueSoonAt(rule, ctx.calendar).toISOString(),
  };
}

export const deadlinePassed = (snap: CaseSnapshot, now: Date) =>
  snap.workflow.deadline !== null && now.getTime() > Date.parse(snap.workflow.deadline.dueAt);

/** True while the unit's extension request for the current deadline awaits the director. */
export const pendingExtension = (snap: CaseSnapshot) => {
  const req = snap.workflow.extensionRequest;
  return req !== null && req.decision === 'PENDING' && req.deadlineSeq === snap.workflow.deadline?.seq;
};

export const noPendingExtension = (snap: CaseSnapshot) =>
  pendingExtension(snap) ? null : new DomainError('NO_PENDING_EXTENSION');

/** A referred case always carries its referral; a row without one (hand-edited, say) is refused. */
export const referralMissing = (snap: CaseSnapshot) =>
  snap.workflow.referral ? null : new DomainError('REFERRAL_MISSING');

/** Doing the work implies receipt: a reply counts as 签收 if the unit never acknowledged. */
export const acknowledgeIfNeeded = (snap: CaseSnapshot, ctx: ActionContext) => ({
  acknowledgedAt: snap.workflow.acknowledgedAt ?? ctx.now.toISOString(),
});
