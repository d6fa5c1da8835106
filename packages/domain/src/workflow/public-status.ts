import type { CaseState } from './vocabulary.ts';

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
