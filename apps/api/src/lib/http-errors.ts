import { defaultProblemCode, type FieldIssue, type ProblemCode } from '@sp/domain';

// Refusals that are about HTTP rather than the workflow (the workflow's are DomainErrors).
// One error handler (plugins/error-handler.ts) turns both into problem+json.
export class HttpError extends Error {
  readonly status: number;
  readonly title: string;
  readonly issues: FieldIssue[];
  readonly headers: Record<string, string>;
  readonly code: ProblemCode;
  constructor(
    status: number,
    title: string,
    detail: string,
    issues: FieldIssue[] = [],
    headers = {},
    code: ProblemCode = defaultProblemCode(status),
  ) {
    super(detail);
    this.status = status;
    this.title = title;
    this.issues = issues;
    this.headers = headers;
    this.code = code;
  }
}

export const notFound = (detail = '未找到该资源 / not found') => new HttpError(404, 'Not Found', detail);
export const unauthorized = (detail = '请先登录 / please sign in') =>
  new HttpError(401, 'Unauthorized', detail);
export const forbidden = (detail = '无权执行此操作 / not allowed', code: ProblemCode = 'FORBIDDEN') =>
  new HttpError(403, 'Forbidden', detail, [], {}, code);
export const conflict = (
  detail = '案件已被他人修改，请刷新后重试 / the case was changed by someone else; reload and try again',
) => new HttpError(409, 'Conflict', detail);
/** 409 DUPLICATE: a unique name or number that is already taken. */
export const duplicate = (detail: string, issues: FieldIssue[] = []) =>
  new HttpError(409, 'Conflict', detail, issues, {}, 'DUPLICATE');
export const unprocessable = (
  detail: string,
  issues: FieldIssue[] = [],
  code: ProblemCode = 'RULE_VIOLATION',
) => new HttpError(422, 'Unprocessable Content', detail, issues, {}, code);
export const badRequest = (detail: string, issues: FieldIssue[] = []) =>
  new HttpError(400, 'Bad Request', detail, issues);
export const tooLarge = (detail: string) => new HttpError(413, 'Content Too Large', detail);
export const tooManyRequests = (detail: string, retryAfterSeconds: number) =>
  new HttpError(429, 'Too Many Requests', detail, [], { 'retry-after': String(retryAfterSeconds) });
