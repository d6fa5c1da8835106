import { describe, expect, it } from 'vitest';
import { LATE_ACTIONS, REPLY_ACTIONS, replyTimeliness } from './reply-timeliness.ts';

const at = (iso: string) => new Date(iso);

describe('按期答复率 from a history', () => {
  it('knows the unit’s replies and the sweep’s referral from the table', () => {
    expect([...REPLY_ACTIONS].sort()).toEqual(['object', 'submit_rectification']);
    expect(LATE_ACTIONS).toEqual(['refer_overdue']);
  });

  it('counts a reply by its due date, a late one, a sweep referral and a passed running deadline', () => {
    const now = at('2026-06-01T00:00:00Z');
    const e = (action: string, iso: string, dueAt: string | null = null) => ({ action, at: at(iso), dueAt });
    expect(
      replyTimeliness(
        [
          e('register', '2026-01-01T00:00:00Z'),
          e('approve_notice', '2026-01-02T00:00:00Z', '2026-01-20T15:59:59Z'),
          e('grant_extension', '2026-01-10T00:00:00Z', '2026-01-25T15:59:59Z'),
          e('submit_rectification', '2026-01-24T00:00:00Z'), // on time thanks to the extension
          e('reject_rectification', '2026-01-26T00:00:00Z', '2026-02-10T15:59:59Z'),
          e('submit_rectification', '2026-02-11T00:00:00Z'), // late
          e('reject_rectification', '2026-02-12T00:00:00Z', '2026-03-01T15:59:59Z'),
          e('refer_overdue', '2026-03-01T16:00:30Z', '2026-03-01T15:59:59Z'), // never came
        ],
        now,
      ),
    ).toEqual({ due: 3, onTime: 1 });
    // Running: not due yet, then due once passed; a director's referral ends it uncounted.
    const running = [e('approve_notice', '2026-05-20T00:00:00Z', '2026-06-10T15:59:59Z')];
    expect(replyTimeliness(running, now)).toEqual({ due: 0, onTime: 0 });
    expect(replyTimeliness(running, at('2026-06-11T00:00:00Z'))).toEqual({ due: 1, onTime: 0 });
    expect(
      replyTimeliness([...running, e('refer', '2026-05-21T00:00:00Z')], at('2026-07-01T00:00:00Z')),
    ).toEqual({
      due: 0,
      onTime: 0,
    });
  });
});
