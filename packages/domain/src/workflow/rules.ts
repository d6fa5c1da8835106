import { computeDueAt, computeDueSoonAt } from '../calendar/index.ts';
import { DEFAULT_OFFICE_PROFILE } from '../office/office-profile.ts';
import type { ActionContext } from './action-row.ts';
import { DomainError } from './domain-error.ts';
import { type CaseSnapshot, deadlineRuleOf, type TDeadlineState, type TPeriodDays } from './snapshot.ts';
import type { Instrument } from './vocabulary.ts';

// The small rules the transition table's guards and effects are made of.

/** product.md: "Default rectification deadline: 15 working days" unless the administrator changes it. */
export const DEFAULT_DEADLINE_WORKING_DAYS = 15;

/** A fresh deadline of `period` from now; its seq tells "once per deadline" rules apart. */
export function newDeadline(snap: CaseSnapshot, ctx: ActionContext, period: TPeriodDays): TDeadlineState {
  const stored = { startAt: ctx.now.toISOString(), ...period, extensions: [] };
  const rule = deadlineRuleOf(stored);
  return {
    seq: (snap.workflow.deadline?.seq ?? 0) + 1,
    ...stored,
    dueAt: computeDueAt(rule, ctx.calendar).toISOString(),
    dueSoonAt: computeDueSoonAt(rule, ctx.calendar).toISOString(),
  };
}

/** The same deadline with `days` more days (on its own basis) granted now. */
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

/** The office profile an action reads: the one supplied, else the defaults. */
export const profileOf = (ctx: ActionContext) => ctx.officeProfile ?? DEFAULT_OFFICE_PROFILE;

/**
 * The period of a drafted instrument: the one given, else the instrument's default from the
 * office profile (a v1 通知书 without days: the admin's working-day default).
 */
export function draftedPeriod(
  p: { deadlineWorkingDays?: number; deadlineCalendarDays?: number },
  instrument: Instrument,
  ctx: ActionContext,
): TPeriodDays {
  if (p.deadlineWorkingDays !== undefined) return { basis: 'WORKING_DAYS', days: p.deadlineWorkingDays };
  if (p.deadlineCalendarDays !== undefined) return { basis: 'CALENDAR_DAYS', days: p.deadlineCalendarDays };
  const fallback = profileOf(ctx).instruments[instrument].deadline;
  if (instrument === 'NOTICE' && fallback.basis === 'WORKING_DAYS' && !ctx.officeProfile)
    return { basis: 'WORKING_DAYS', days: ctx.defaultDeadlineWorkingDays ?? DEFAULT_DEADLINE_WORKING_DAYS };
  return { basis: fallback.basis, days: fallback.days };
}

/** An instrument the office profile switched off cannot be drafted. */
export const instrumentDisabled = (instrument: Instrument, ctx: ActionContext) =>
  profileOf(ctx).instruments[instrument].enabled ? null : new DomainError('INSTRUMENT_DISABLED');

/**
 * The objection window (office profile, counted from the current instrument's issue): an
 * objection after its last day is refused.
 */
export function objectionWindowClosed(snap: CaseSnapshot, ctx: ActionContext) {
  const issuedAt = snap.workflow.notice?.issuedAt;
  if (!issuedAt) return null;
  const window = profileOf(ctx).objectionWindow;
  const endsAt = computeDueAt({ startAt: issuedAt, ...window, extensions: [] }, ctx.calendar);
  return ctx.now.getTime() > endsAt.getTime() ? new DomainError('OBJECTION_WINDOW_CLOSED') : null;
}

/** A 决定书 is the last instrument: once one is issued, no second one is proposed. */
export const decisionIssued = (snap: CaseSnapshot) => snap.workflow.notice?.instrument === 'DECISION';

/** Under PROPOSE_DECISION the sweeper queues each overdue deadline for the director once. */
export const queuedForDecision = (snap: CaseSnapshot) =>
  snap.workflow.decisionQueue !== null &&
  snap.workflow.decisionQueue.deadlineSeq === snap.workflow.deadline?.seq;
