import type { CaseOutcome, CaseState, DismissReasonCode } from './vocabulary.ts';

// The public tracking page shows only a coarse status (受理中 / 调查中 / 整改中 / 已办结), never
// the internal state: a referral to discipline inspection, for instance, reads as 整改中.
export const PUBLIC_STATUSES = ['RECEIVED', 'INVESTIGATING', 'RECTIFYING', 'CLOSED'] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

export const PUBLIC_STATUS_OF: Record<CaseState, PublicStatus> = {
  RECEIVED: 'RECEIVED',
  ASSESSING: 'RECEIVED',
  INVESTIGATING: 'INVESTIGATING',
  NOTICE_PENDING_APPROVAL: 'INVESTIGATING',
  AWAITING_REPLY: 'RECTIFYING',
  REPLY_UNDER_REVIEW: 'RECTIFYING',
  DECISION_PENDING: 'RECTIFYING',
  RECHECKING: 'RECTIFYING',
  REFERRED: 'RECTIFYING',
  CLOSED: 'CLOSED',
};

/** Whether a closed case's public words name the coded ground of its 不予受理. */
export const hasDismissReason = (outcome: CaseOutcome | null) => outcome === 'DISMISSED';

/**
 * The outcome of a closed case in plain words for the public (不予受理：该事项可申请行政复议或提起
 * 行政诉讼), or null while it is open. `dismissReason` is the reasonCode of a 不予受理.
 */
export function publicOutcomeText(
  copy: {
    publicOutcomes: Record<CaseOutcome, string>;
    publicDismissals: Record<DismissReasonCode, string>;
  },
  outcome: CaseOutcome | null,
  dismissReason: DismissReasonCode | null,
): string | null {
  if (outcome === null) return null;
  const words = copy.publicOutcomes[outcome];
  return hasDismissReason(outcome) && dismissReason
    ? `${words}：${copy.publicDismissals[dismissReason]}`
    : words;
}
