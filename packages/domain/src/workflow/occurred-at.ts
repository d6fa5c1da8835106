import type { z } from 'zod';
import { shanghaiDate } from '../calendar/iso-date.ts';

// 发生日期 (occurredAt): when the facts happened. It cannot lie after today — "today" being the
// civil date in China (Asia/Shanghai) on the clock of whoever checks: the server's clock for the
// API (registration, the public and supervisor forms, amend_case), the browser's for the forms.

export const FUTURE_OCCURRED_AT_MESSAGE = '发生日期不能晚于今天 / the date it happened cannot be after today';

/** True when the instant falls on a date in China after today's (an unparsable value: false). */
export function isOccurredAfterToday(occurredAt: string, now: Date): boolean {
  const at = new Date(occurredAt);
  if (Number.isNaN(at.getTime())) return false;
  return shanghaiDate(at) > shanghaiDate(now);
}

/** The field issue for a 发生日期 after today, or null. */
export function futureOccurredAtIssue(occurredAt: string | null | undefined, now: Date) {
  return occurredAt && isOccurredAfterToday(occurredAt, now)
    ? { path: 'occurredAt', message: FUTURE_OCCURRED_AT_MESSAGE }
    : null;
}

/**
 * A schema with an optional `occurredAt` refined as of `now` (today from the clock): a future
 * 发生日期 is an issue on `occurredAt`. Used by the API's services and by the web's forms alike.
 */
export function occurredAtAsOf<S extends z.ZodType>(schema: S, now: Date) {
  return schema.superRefine((value, ctx) => {
    const occurredAt = (value as { occurredAt?: unknown } | null)?.occurredAt;
    const issue = typeof occurredAt === 'string' ? futureOccurredAtIssue(occurredAt, now) : null;
    if (issue) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  });
}
