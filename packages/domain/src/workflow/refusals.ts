// Every reason the domain refuses something, with the kind of refusal it is. The words of each
// reason are in copy/zh-CN.ts and copy/en.ts (`refusals`); the API sends the reason along with
// the api-contract problem code, so clients can show the words in their own language.
export const REFUSAL_KIND = {
  ROLE_NOT_ALLOWED: 'NOT_ALLOWED_FOR_ROLE',
  OTHER_UNIT: 'NOT_ALLOWED_FOR_ROLE',
  REGISTRATION_NOT_ALLOWED: 'NOT_ALLOWED_FOR_ROLE',
  SOURCE_NOT_ALLOWED: 'NOT_ALLOWED_FOR_ROLE',
  STATE_NOT_ALLOWED: 'NOT_ALLOWED_IN_STATE',
  NO_DRAFT_NOTICE: 'RULE_VIOLATION',
  ALREADY_ACKNOWLEDGED: 'ALREADY_DONE',
  OBJECTION_ALREADY_RAISED: 'ALREADY_DONE',
  EXTENSION_ALREADY_REQUESTED: 'ALREADY_DONE',
  DEADLINE_PASSED: 'RULE_VIOLATION',
  DEADLINE_NOT_PASSED: 'RULE_VIOLATION',
  NO_PENDING_EXTENSION: 'RULE_VIOLATION',
  REFERRAL_MISSING: 'RULE_VIOLATION',
  REFERRAL_ALREADY_ACCEPTED: 'ALREADY_DONE',
  INVALID_PAYLOAD: 'INVALID_PAYLOAD',
  UNKNOWN_ATTACHMENT: 'INVALID_PAYLOAD',
  UNKNOWN_ACTION: 'UNKNOWN_ACTION',
} as const;
export type RefusalReason = keyof typeof REFUSAL_KIND;
export const REFUSAL_REASONS = Object.keys(REFUSAL_KIND) as RefusalReason[];
