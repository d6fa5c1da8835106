import { decisionIssued, pendingExtension, unitInvolved } from './rules.ts';
import type { CaseSnapshot } from './snapshot.ts';
import { TRANSITIONS } from './transition-table.ts';
import type { CaseState, OverduePolicy, OverdueReferralReason } from './vocabulary.ts';

/** States the deadline sweeper looks in: exactly the `from` of `refer_overdue`. */
export const SWEEP_STATES = TRANSITIONS.refer_overdue.from;

/**
 * Why an overdue case is referred: the unit never replied, or it replied, the reply was
 * rejected, and it has not implemented the rectification since (懒政、怠政).
 */
export function overdueReferralReason(snap: CaseSnapshot): OverdueReferralReason {
  return snap.workflow.rectificationRejections > 0 ? 'NOT_IMPLEMENTED' : 'NO_REPLY';
}

/**
 * The deadline whose clock is running, or null: only while the unit owes a reply does a case
 * have a due date that can turn yellow, red, or trigger a referral.
 */
export function activeDeadline(snap: CaseSnapshot) {
  return SWEEP_STATES.includes(snap.state) ? snap.workflow.deadline : null;
}

/** States in which the body's own deadline runs: an objection to answer, a 决定书 to decide. */
export const BODY_DEADLINE_STATES: readonly CaseState[] = [
  ...TRANSITIONS.uphold_objection.from,
  ...TRANSITIONS.issue_decision.from,
];

/**
 * The body's own running deadline (answer to an objection, the government's decision), or null.
 * Shown yellow/red like the units' but never swept: it is not in indexedFacts' due date.
 */
export function activeBodyDeadline(snap: CaseSnapshot) {
  return BODY_DEADLINE_STATES.includes(snap.state) ? snap.workflow.bodyDeadline : null;
}

/** The facts copied into indexed columns so that lists can filter on them. */
export function indexedFacts(snap: CaseSnapshot) {
  const deadline = activeDeadline(snap);
  return {
    dueAt: deadline ? new Date(deadline.dueAt) : null,
    dueSoonAt: deadline ? new Date(deadline.dueSoonAt) : null,
    noticeIssued: snap.workflow.notice !== null,
    /** The unit sees the case (from the notice, or from a 要求说明, on): access/scoping canViewCase. */
    unitInvolved: unitInvolved(snap),
    referred: snap.workflow.referral !== null,
    /** The unit asked for more time on the running deadline and the director has not decided. */
    extensionPending: deadline !== null && pendingExtension(snap),
    /** 承办人, for the list's assigneeId filter. */
    assigneeId: snap.workflow.assigneeId,
  };
}

/**
 * What the sweeper does with an overdue case: refer it (REFER_TO_DISCIPLINE), or mark it and
 * queue it for the director (PROPOSE_DECISION). A unit that ignores a 决定书 is referred
 * whatever the policy.
 */
export function overdueSweepAction(
  snap: CaseSnapshot,
  policy: OverduePolicy,
): 'refer_overdue' | 'mark_overdue' {
  return policy === 'REFER_TO_DISCIPLINE' || decisionIssued(snap) ? 'refer_overdue' : 'mark_overdue';
}
