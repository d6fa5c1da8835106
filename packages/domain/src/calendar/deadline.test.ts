import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalendarOverride, createCalendar, type WorkingCalendar } from './calendar.ts';
import {
  computeDueAt,
  computeDueSoonAt,
  type DeadlineRule,
  type DeadlineStatus,
  DUE_SOON_FRACTION,
  deadlineStatus,
} from './deadline.ts';
import { arrangementToOverrides, ZHolidayArrangement } from './holiday-arrangement.ts';
import {
  endOfShanghaiDay,
  formatShanghaiInstant,
  fromDayNumber,
  shanghaiDate,
  toDayNumber,
} from './iso-date.ts';
import { addWorkingDays } from './working-days.ts';

const overridesOf = (year: number): CalendarOverride[] => {
  const url = new URL(`../../../../seeds/calendar/${year}.json`, import.meta.url);
  return arrangementToOverrides(ZHolidayArrangement.parse(JSON.parse(readFileSync(url, 'utf8'))));
};
const official = createCalendar([...overridesOf(2025), ...overridesOf(2026)]);

const rule = (startAt: string, days: number, extensions: DeadlineRule['extensions'] = []): DeadlineRule => ({
  startAt,
  basis: 'WORKING_DAYS',
  days,
  extensions,
});

describe('the example from the spec', () => {
  const r = rule('2025-09-26T10:00:00+08:00', 15);

  it('is due at the end of Thursday 2025-10-23 in China', () => {
    expect(computeDueAt(r, official).getTime()).toBe(Date.parse('2025-10-23T23:59:59+08:00'));
  });

  it('turns due-soon after 70% of the time', () => {
    const start = Date.parse(r.startAt);
    const due = Date.parse('2025-10-23T23:59:59+08:00');
    expect(DUE_SOON_FRACTION).toBe(0.7);
    expect(computeDueSoonAt(r, official).getTime()).toBe(start + Math.floor(((due - start) * 7) / 10));
  });

  it('reports ON_TRACK, DUE_SOON and OVERDUE at the right instants', () => {
    const soon = computeDueSoonAt(r, official);
    expect(deadlineStatus(r, new Date('2025-09-26T10:00:00+08:00'), official)).toBe('ON_TRACK');
    expect(deadlineStatus(r, new Date(soon.getTime() - 1), official)).toBe('ON_TRACK');
    expect(deadlineStatus(r, soon, official)).toBe('DUE_SOON');
    expect(deadlineStatus(r, new Date('2025-10-23T23:59:59+08:00'), official)).toBe('DUE_SOON');
    expect(deadlineStatus(r, new Date('2025-10-23T23:59:59.001+08:00'), official)).toBe('OVERDUE');
  });
});

describe('computeDueAt', () => {
  it('adds granted extensions to the base working days', () => {
    const r = rule('2025-09-26T10:00:00+08:00', 10, [
      { days: 3, grantedAt: '2025-10-15T09:00:00+08:00' },
      { days: 2, grantedAt: '2025-10-20T09:00:00+08:00' },
    ]);
    expect(computeDueAt(r, official)).toEqual(computeDueAt(rule(r.startAt, 15), official));
  });

  it('takes the start date in China, not in UTC', () => {
    // 2025-09-25T17:00Z is already Friday 01:00 in Shanghai.
    expect(computeDueAt(rule('2025-09-25T17:00:00Z', 15), official)).toEqual(
      new Date('2025-10-23T23:59:59+08:00'),
    );
    expect(computeDueAt(rule('2025-09-25T15:00:00Z', 1), official)).toEqual(
      new Date('2025-09-26T23:59:59+08:00'),
    );
  });

  it('recomputes when the calendar is corrected', () => {
    const corrected = createCalendar([
      ...overridesOf(2025),
      { date: '2025-10-22', working: false, note: '临时休息' },
    ]);
    expect(computeDueAt(rule('2025-09-26T10:00:00+08:00', 15), corrected)).toEqual(
      new Date('2025-10-24T23:59:59+08:00'),
    );
  });

  it('rejects invalid rules with RangeError', () => {
    expect(() => computeDueAt(rule('2025-09-26T10:00:00', 15), official)).toThrow(RangeError);
    expect(() => computeDueAt(rule('not a date', 15), official)).toThrow(RangeError);
    expect(() => computeDueAt(rule('2025-09-26T10:00:00+08:00', -1), official)).toThrow(RangeError);
    expect(() => computeDueAt(rule('2025-09-26T10:00:00+08:00', 2.5), official)).toThrow(RangeError);
    const negExt = rule('2025-09-26T10:00:00+08:00', 15, [{ days: -3, grantedAt: '2025-10-01T00:00:00Z' }]);
    expect(() => computeDueAt(negExt, official)).toThrow(RangeError);
    expect(() =>
      deadlineStatus(rule('2025-09-26T10:00:00+08:00', 15), new Date(Number.NaN), official),
    ).toThrow(RangeError);
  });
});

describe('properties', () => {
  const FIRST = toDayNumber('2024-06-01');
  const LAST = toDayNumber('2027-06-30');
  const arbOverride: fc.Arbitrary<CalendarOverride> = fc.record({
    date: fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber),
    working: fc.boolean(),
  });
  const arbCalendar: fc.Arbitrary<WorkingCalendar> = fc.oneof(
    fc.constant(official),
    fc.array(arbOverride, { maxLength: 300 }).map((o) => createCalendar(o)),
  );
  // Start instants anywhere from 2024-06 to 2027-06, written in UTC or in China time.
  const arbStartAt = fc
    .tuple(
      fc.integer({
        min: Date.parse('2024-06-01T00:00:00+08:00'),
        max: Date.parse('2027-06-30T23:59:59+08:00'),
      }),
      fc.boolean(),
    )
    .map(([ms, utc]) => (utc ? new Date(ms).toISOString() : formatShanghaiInstant(new Date(ms))));
  const arbRule: fc.Arbitrary<DeadlineRule> = fc.record({
    startAt: arbStartAt,
    basis: fc.constant('WORKING_DAYS' as const),
    days: fc.integer({ min: 0, max: 120 }),
    extensions: fc.array(
      fc.record({ days: fc.integer({ min: 0, max: 30 }), grantedAt: fc.constant('2025-01-01T00:00:00Z') }),
      { maxLength: 3 },
    ),
  });

  it('dueAt is 23:59:59 China time of the right working day', () => {
    fc.assert(
      fc.property(arbCalendar, arbRule, (cal, r) => {
        const total = r.days + r.extensions.reduce((s, e) => s + e.days, 0);
        const dueDate = addWorkingDays(shanghaiDate(new Date(r.startAt)), total, cal);
        expect(computeDueAt(r, cal)).toEqual(endOfShanghaiDay(dueDate));
        if (total > 0) expect(cal.isWorkingDay(dueDate)).toBe(true);
      }),
    );
  });

  it('dueSoonAt lies between startAt and dueAt, at exactly 70% rounded down', () => {
    fc.assert(
      fc.property(arbCalendar, arbRule, (cal, r) => {
        const start = Date.parse(r.startAt);
        const due = computeDueAt(r, cal).getTime();
        const soon = computeDueSoonAt(r, cal).getTime();
        expect(start).toBeLessThanOrEqual(soon);
        expect(soon).toBeLessThanOrEqual(due);
        expect(10 * (soon - start)).toBeLessThanOrEqual(7 * (due - start));
        expect(7 * (due - start)).toBeLessThan(10 * (soon - start + 1));
      }),
    );
  });

  it('status only moves forward in time: ON_TRACK → DUE_SOON → OVERDUE', () => {
    const rank: Record<DeadlineStatus, number> = { ON_TRACK: 0, DUE_SOON: 1, OVERDUE: 2 };
    fc.assert(
      fc.property(
        arbCalendar,
        arbRule,
        fc.array(fc.double({ min: -0.1, max: 1.1, noNaN: true }), { minLength: 2, maxLength: 12 }),
        (cal, r, fractions) => {
          const start = Date.parse(r.startAt);
          const span = computeDueAt(r, cal).getTime() - start;
          const instants = fractions.map((f) => Math.round(start + f * span)).sort((a, b) => a - b);
          const ranks = instants.map((t) => rank[deadlineStatus(r, new Date(t), cal)]);
          for (let i = 1; i < ranks.length; i++) expect(ranks[i]).toBeGreaterThanOrEqual(ranks[i - 1]!);
          expect(deadlineStatus(r, new Date(start + span + 1), cal)).toBe('OVERDUE');
        },
      ),
    );
  });

  it('a longer deadline is never due earlier', () => {
    fc.assert(
      fc.property(arbCalendar, arbRule, fc.integer({ min: 1, max: 30 }), (cal, r, extra) => {
        const longer = { ...r, extensions: [...r.extensions, { days: extra, grantedAt: r.startAt }] };
        expect(computeDueAt(longer, cal).getTime()).toBeGreaterThan(computeDueAt(r, cal).getTime());
      }),
    );
  });
});
