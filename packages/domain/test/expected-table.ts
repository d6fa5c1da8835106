import type { ActorKind, CaseOutcome, CaseState } from '../src/index.ts';

// product.md's state-machine table, copied BY HAND (not derived from TRANSITIONS), so that any
// wrong edit to the domain table fails a test. Words mapped: staff = CENTER_STAFF, director =
// CENTER_DIRECTOR, "unit handler or leader" = UNIT_HANDLER + UNIT_LEADER, unit leader =
// UNIT_LEADER, discipline = DISCIPLINE, "system only" = SYSTEM. `to: 'same'` is product.md's
// "same" (the action records an event without moving the case).
//
// `fields` are the "must carry" column in api-contract.md's camelCase names; `optional` marks
// what the domain lets the caller leave out (see the notes beside each).

export type ExpectedRow = {
  from: readonly CaseState[];
  to: CaseState | 'same';
  outcome: CaseOutcome | null;
  roles: readonly ActorKind[];
  fields: Readonly<Record<string, 'required' | 'optional'>>;
};

export const EXPECTED_TABLE = {
  start_assessment: {
    from: ['RECEIVED'],
    to: 'ASSESSING',
    outcome: null,
    roles: ['CENTER_STAFF'],
    fields: {},
  },
  dismiss: {
    from: ['ASSESSING'],
    to: 'CLOSED',
    outcome: 'DISMISSED',
    roles: ['CENTER_STAFF'],
    fields: { reason: 'required', feedback: 'required' },
  },
  transfer_out: {
    from: ['ASSESSING'],
    to: 'CLOSED',
    outcome: 'TRANSFERRED_OUT',
    roles: ['CENTER_STAFF'],
    fields: { targetOrgan: 'required', reason: 'required', feedback: 'required' },
  },
  open_investigation: {
    from: ['ASSESSING'],
    to: 'INVESTIGATING',
    outcome: null,
    roles: ['CENTER_STAFF'],
    fields: {},
  },
  add_evidence: {
    from: ['INVESTIGATING', 'RECHECKING'],
    to: 'same',
    outcome: null,
    roles: ['CENTER_STAFF'],
    // "note and/or attachments": each is optional, but one of them must be there.
    fields: { note: 'optional', attachmentIds: 'optional' },
  },
  conclude_no_violation: {
    from: ['INVESTIGATING'],
    to: 'CLOSED',
    outcome: 'NO_VIOLATION',
    roles: ['CENTER_STAFF'],
    fields: { findings: 'required', feedback: 'required' },
  },
  draft_notice: {
    from: ['INVESTIGATING'],
    to: 'NOTICE_PENDING_APPROVAL',
    outcome: null,
    roles: ['CENTER_STAFF'],
    // The deadline defaults to the admin policy (15 working days) when left out.
    fields: {
      findings: 'required',
      legalBasis: 'required',
      requiredRectification: 'required',
      deadlineWorkingDays: 'optional',
    },
  },
  return_draft: {
    from: ['NOTICE_PENDING_APPROVAL'],
    to: 'INVESTIGATING',
    outcome: null,
    roles: ['CENTER_DIRECTOR'],
    fields: { comment: 'required' },
  },
  approve_notice: {
    from: ['NOTICE_PENDING_APPROVAL'],
    to: 'AWAITING_REPLY',
    outcome: null,
    roles: ['CENTER_DIRECTOR'],
    fields: {},
  },
  acknowledge: {
    from: ['AWAITING_REPLY'],
    to: 'same',
    outcome: null,
    roles: ['UNIT_HANDLER', 'UNIT_LEADER'],
    fields: {},
  },
  submit_rectification: {
    from: ['AWAITING_REPLY'],
    to: 'REPLY_UNDER_REVIEW',
    outcome: null,
    roles: ['UNIT_LEADER'],
    // product.md says "report, evidence"; the domain lets the evidence list be empty.
    fields: { report: 'required', attachmentIds: 'optional' },
  },
  object: {
    from: ['AWAITING_REPLY'],
    to: 'RECHECKING',
    outcome: null,
    roles: ['UNIT_LEADER'],
    // product.md says "grounds, evidence"; the domain lets the evidence list be empty.
    fields: { grounds: 'required', attachmentIds: 'optional' },
  },
  accept_rectification: {
    from: ['REPLY_UNDER_REVIEW'],
    to: 'CLOSED',
    outcome: 'RECTIFIED',
    roles: ['CENTER_STAFF'],
    fields: { feedback: 'required' },
  },
  reject_rectification: {
    from: ['REPLY_UNDER_REVIEW'],
    to: 'AWAITING_REPLY',
    outcome: null,
    roles: ['CENTER_STAFF'],
    fields: { reasons: 'required', newDeadlineWorkingDays: 'required' },
  },
  uphold_objection: {
    from: ['RECHECKING'],
    to: 'CLOSED',
    outcome: 'NOTICE_WITHDRAWN',
    roles: ['CENTER_DIRECTOR'],
    fields: { findings: 'required', feedback: 'required' },
  },
  dismiss_objection: {
    from: ['RECHECKING'],
    to: 'AWAITING_REPLY',
    outcome: null,
    roles: ['CENTER_STAFF'],
    fields: { reasons: 'required', newDeadlineWorkingDays: 'required' },
  },
  request_extension: {
    from: ['AWAITING_REPLY'],
    to: 'same',
    outcome: null,
    roles: ['UNIT_LEADER'],
    fields: { reason: 'required', extraWorkingDays: 'required' },
  },
  grant_extension: {
    from: ['AWAITING_REPLY'],
    to: 'same',
    outcome: null,
    roles: ['CENTER_DIRECTOR'],
    fields: { comment: 'required' },
  },
  deny_extension: {
    from: ['AWAITING_REPLY'],
    to: 'same',
    outcome: null,
    roles: ['CENTER_DIRECTOR'],
    fields: { comment: 'required' },
  },
  refer_overdue: {
    from: ['AWAITING_REPLY'],
    to: 'REFERRED',
    outcome: null,
    roles: ['SYSTEM'],
    fields: { reason: 'required' },
  },
  refer: {
    from: ['AWAITING_REPLY', 'REPLY_UNDER_REVIEW'],
    to: 'REFERRED',
    outcome: null,
    roles: ['CENTER_DIRECTOR'],
    fields: { reason: 'required' },
  },
  accept_referral: { from: ['REFERRED'], to: 'same', outcome: null, roles: ['DISCIPLINE'], fields: {} },
  record_disposition: {
    from: ['REFERRED'],
    to: 'CLOSED',
    outcome: 'DISCIPLINE_CONCLUDED',
    roles: ['DISCIPLINE'],
    fields: { disposition: 'required', decision: 'required', feedback: 'required' },
  },
} as const satisfies Record<string, ExpectedRow>;

export type ExpectedAction = keyof typeof EXPECTED_TABLE;
export const EXPECTED_ACTIONS = Object.keys(EXPECTED_TABLE) as ExpectedAction[];

export function expectedRow(action: ExpectedAction): ExpectedRow {
  return EXPECTED_TABLE[action];
}
