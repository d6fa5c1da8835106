import type { CaseSnapshot } from './snapshot.ts';
import { TRANSITIONS } from './transition-table.ts';
import type { OverdueReferralReason } from './vocabulary.ts';

/** States the deadline sweeper looks in: exactly the `from` of `refer_overdue`. */
export const SWEEP_STATES = TRANSITIONS.refer_overdue.from;

/**
 * Why an overdue case is referred: the unit never replied, or it replied, the reply was
 * rejected, and it has not implemented the rectification since (懒政、怠政).
 */
export function overdueReferralReason(snap: CaseSnapshot): OverdueReferralReason {
  return snap.workflow.rectificationRejections > 0 ? 'NOT_IMPLEMENTED' : 'NO_REPLY';
}
