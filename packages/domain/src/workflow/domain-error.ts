// Typed refusals. The API maps each code to one HTTP status in a single error handler.
export const DOMAIN_ERROR_STATUS = {
  NOT_ALLOWED_FOR_ROLE: 403,
  NOT_ALLOWED_IN_STATE: 422,
  ALREADY_DONE: 422,
  RULE_VIOLATION: 422,
  INVALID_PAYLOAD: 400,
  UNKNOWN_ACTION: 400,
} as const;
export type DomainErrorCode = keyof typeof DOMAIN_ERROR_STATUS;

/** The api-contract problem `code` each refusal is sent with. */
export const DOMAIN_ERROR_PROBLEM_CODE = {
  NOT_ALLOWED_FOR_ROLE: 'FORBIDDEN',
  NOT_ALLOWED_IN_STATE: 'WRONG_STATE',
  ALREADY_DONE: 'RULE_VIOLATION',
  RULE_VIOLATION: 'RULE_VIOLATION',
  INVALID_PAYLOAD: 'VALIDATION',
  UNKNOWN_ACTION: 'VALIDATION',
} as const satisfies Record<DomainErrorCode, string>;

export type FieldIssue = { path: string; message: string };

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly issues: FieldIssue[];
  constructor(code: DomainErrorCode, message: string, issues: FieldIssue[] = []) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.issues = issues;
  }
  get status(): number {
    return DOMAIN_ERROR_STATUS[this.code];
  }
  get problemCode() {
    return DOMAIN_ERROR_PROBLEM_CODE[this.code];
  }
}
