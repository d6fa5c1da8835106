import { en } from '../copy/en.ts';
import { zhCN } from '../copy/zh-CN.ts';
import { REFUSAL_KIND, type RefusalReason } from './refusals.ts';

// Typed refusals. Each carries a reason (ALREADY_ACKNOWLEDGED, DEADLINE_PASSED…) whose words live
// in the copy modules, and the kind of refusal, which the API maps to one HTTP status and one
// api-contract problem `code` in a single error handler.
export const DOMAIN_ERROR_STATUS = {
  NOT_ALLOWED_FOR_ROLE: 403,
  NOT_ALLOWED_IN_STATE: 422,
  ALREADY_DONE: 422,
  RULE_VIOLATION: 422,
  INVALID_PAYLOAD: 400,
  UNKNOWN_ACTION: 400,
} as const;
export type DomainErrorCode = keyof typeof DOMAIN_ERROR_STATUS;

/** The api-contract problem `code` each kind of refusal is sent with. */
export const DOMAIN_ERROR_PROBLEM_CODE = {
  NOT_ALLOWED_FOR_ROLE: 'FORBIDDEN',
  NOT_ALLOWED_IN_STATE: 'WRONG_STATE',
  ALREADY_DONE: 'RULE_VIOLATION',
  RULE_VIOLATION: 'RULE_VIOLATION',
  INVALID_PAYLOAD: 'VALIDATION',
  UNKNOWN_ACTION: 'VALIDATION',
} as const satisfies Record<DomainErrorCode, string>;

export type FieldIssue = { path: string; message: string };

/** "中文 / English": the refusal in both languages, as problem details carry it. */
export const refusalText = (reason: RefusalReason) => `${zhCN.refusals[reason]} / ${en.refusals[reason]}`;

export class DomainError extends Error {
  /** Why, as a stable key into the copy modules' `refusals`. */
  readonly reason: RefusalReason;
  /** The kind of refusal (decides the HTTP status and the problem code). */
  readonly code: DomainErrorCode;
  readonly issues: FieldIssue[];
  /** `detail` adds the particulars (counts, names) to the reason's fixed words. */
  constructor(reason: RefusalReason, issues: FieldIssue[] = [], detail?: string) {
    super(detail ? `${refusalText(reason)}：${detail}` : refusalText(reason));
    this.name = 'DomainError';
    this.reason = reason;
    this.code = REFUSAL_KIND[reason];
    this.issues = issues;
  }
  get status(): number {
    return DOMAIN_ERROR_STATUS[this.code];
  }
  get problemCode() {
    return DOMAIN_ERROR_PROBLEM_CODE[this.code];
  }
}
