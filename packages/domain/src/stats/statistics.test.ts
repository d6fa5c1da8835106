import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/calendar.ts';
import { createStageDayCounter, workingDaysToStage } from './statistics.ts';

describe('working days to a stage, for many cases', () => {
  it('agrees with the day-by-day count in any order of requests, across a holiday', () => {
    const cal = createCalendar([
      { date: '2026-05-01', working: false },
      { date: '2026-05-04', working: false },
      { date: '2026-05-09', working: true },
    ]);
    const count = createStageDayCounter(cal);
    const at = (d: string) => new Date(`${d}T02:00:00Z`);
    const pairs: [string, string][] = [
      ['2026-05-06', '2026-05-20'],
      ['2026-04-20', '2026-05-12'],
      ['2026-03-01', '2026-06-30'],
      ['2026-05-20', '2026-05-06'],
      ['2026-04-30', '2026-05-11'],
      ['2026-07-01', '2026-07-01'],
    ];
    for (const [a, b] of pairs) expect(count(at(a), at(b))).toBe(workingDaysToStage(at(a), at(b), cal));
  });
});
