import { z } from 'zod';
import { REFUSAL_REASONS } from '../workflow/refusals.ts';

// Shapes shared by every route (api-contract.md, "General").

/** The machine-readable `code` every problem body carries (api-contract v2). */
export const PROBLEM_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'PASSWORD_CHANGE_REQUIRED',
  'NOT_FOUND',
  'STALE_VERSION',
  'DUPLICATE',
  'TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'WRONG_STATE',
  'RULE_VIOLATION',
  'RATE_LIMITED',
  'INTERNAL',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** The code a status carries when nothing more specific was said. */
export function defaultProblemCode(status: number): ProblemCode {
  switch (status) {
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
    case 405:
      return 'NOT_FOUND';
    case 409:
      return 'STALE_VERSION';
    case 413:
      return 'TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 422:
      return 'RULE_VIOLATION';
    case 429:
      return 'RATE_LIMITED';
    default:
      return status >= 500 ? 'INTERNAL' : 'VALIDATION';
  }
}

export const ZProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  code: z.enum(PROBLEM_CODES),
  detail: z.string(),
  /** Why the domain refused (a key of the copy modules' `refusals`), when it was the domain. */
  reason: z.enum(REFUSAL_REASONS).optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type TProblem = z.infer<typeof ZProblem>;

export const ZPageQuery = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type TPageQuery = z.infer<typeof ZPageQuery>;

export function ZPage<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.int(), page: z.int(), pageSize: z.int() });
}
export type TPage<T> = { items: T[]; total: number; page: number; pageSize: number };

/** Query-string boolean: only the words true and false. */
export const ZQueryBoolean = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ZIdParams = z.object({ id: z.string().max(100) });
export const ZIsoDateTime = z.iso.datetime({ offset: true });
