import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalendarOverride, createCalendar, type WorkingCalendar } from './calendar.ts';
import { fromDayNumber, type IsoDate, toDayNumber } from './iso-date.ts';
import { addWorkingDays, MAX_WORKING_DAYS, workingDaysBetween } from './working-days.ts';

const plain = createCalendar([]);
const FIRST = toDayNumber('2024-06-01');
const LAST = toDayNumber('2027-06-30');
const arbDate = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);
const arbOverride: fc.Arbitrary<CalendarOverride> = fc.record(
  { date: arbDate, working: fc.boolean(), note: fc.string({ maxLength: 8 }) },
  { requiredKeys: ['date', 'working'] },
);
// Random flag sets, including long runs of holidays and working weekends.
const arbCalendar: fc.Arbitrary<WorkingCalendar> = fc
  .array(arbOverride, { maxLength: 300 })
  .map((overrides) => createCalendar(overrides));

// An independent oracle built on Date, to check the day arithmetic itself.
function referenceIsWorking(overrides: CalendarOverride[], date: IsoDate): boolean {
  const last = overrides.findLast((o) => o.date === date);
  if (last) return last.working;
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow !== 0 && dow !== 6;
}

describe('default calendar (Mon–Fri working)', () => {
  it('skips weekends and never counts the start day', () => {
    expect(addWorkingDays('2025-09-26', 1, plain)).toBe('2025-09-29'); // Fri → Mon
    expect(addWorkingDays('2025-09-27', 1, plain)).toBe('2025-09-29'); // Sat → Mon
    expect(addWorkingDays('2025-09-29', 1, plain)).toBe('2025-09-30');
    expect(addWorkingDays('2025-09-29', 5, plain)).toBe('2025-10-06');
    expect(addWorkingDays('2025-09-27', 0, plain)).toBe('2025-09-27');
  });

  it('counts working days in (start, end]', () => {
    expect(workingDaysBetween('2025-09-26', '2025-09-29', plain)).toBe(1);
    expect(workingDaysBetween('2025-09-26', '2025-09-26', plain)).toBe(0);
    expect(workingDaysBetween('2025-09-29', '2025-09-26', plain)).toBe(0);
    expect(workingDaysBetween('2025-09-28', '2025-10-05', plain)).toBe(5);
  });

  it('rejects bad n with RangeError', () => {
    for (const n of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, MAX_WORKING_DAYS + 1]) {
      expect(() => addWorkingDays('2025-09-26', n, plain)).toThrow(RangeError);
    }
    expect(addWorkingDays('2025-09-26', MAX_WORKING_DAYS, plain) > '2039-01-01').toBe(true);
    expect(() => addWorkingDays('2025-13-01', 1, plain)).toThrow(RangeError);
  });

  it('stops on a calendar that has no working days at all', () => {
    const never: WorkingCalendar = {
      isWorkingDay: () => false,
      noteFor: () => undefined,
      overrideFor: () => undefined,
    };
    expect(() => addWorkingDays('2025-09-26', 1, never)).toThrow(RangeError);
  });
});

describe('overrides', () => {
  it('lets any Saturday work and any weekday rest; later overrides win', () => {
    const cal = createCalendar([
      { date: '2025-09-27', working: true },
      { date: '2025-09-29', working: false, note: 'closure' },
      { date: '2025-09-30', working: false },
      { date: '2025-09-30', working: true, note: 'correction' },
    ]);
    expect(addWorkingDays('2025-09-26', 1, cal)).toBe('2025-09-27');
    expect(addWorkingDays('2025-09-26', 2, cal)).toBe('2025-09-30');
    expect(cal.noteFor('2025-09-29')).toBe('closure');
    expect(cal.overrideFor('2025-09-30')).toEqual({ date: '2025-09-30', working: true, note: 'correction' });
    expect(cal.overrideFor('2025-10-01')).toBeUndefined();
  });

  it('is not affected by later mutation of the input', () => {
    const input: CalendarOverride[] = [{ date: '2025-09-29', working: false }];
    const cal = createCalendar(input);
    input[0]!.working = true;
    expect(cal.isWorkingDay('2025-09-29')).toBe(false);
  });

  it('rejects invalid dates', () => {
    expect(() => createCalendar([{ date: '2025-02-29', working: false }])).toThrow(RangeError);
    expect(() => plain.isWorkingDay('2025/09/26')).toThrow(RangeError);
  });
});

describe('properties (random start dates 2024-06..2027-06, random override sets)', () => {
  const n = fc.integer({ min: 0, max: 120 });

  it('a due date (n ≥ 1) is always a working day', () => {
    fc.assert(
      fc.property(arbCalendar, arbDate, fc.integer({ min: 1, max: 120 }), (cal, s, k) => {
        expect(cal.isWorkingDay(addWorkingDays(s, k, cal))).toBe(true);
      }),
    );
  });

  it('workingDaysBetween(s, addWorkingDays(s, n)) === n', () => {
    fc.assert(
      fc.property(arbCalendar, arbDate, n, (cal, s, k) => {
        expect(workingDaysBetween(s, addWorkingDays(s, k, cal), cal)).toBe(k);
      }),
    );
  });

  it('is strictly increasing in n for n ≥ 1 (and n = 0 is the start)', () => {
    fc.assert(
      fc.property(arbCalendar, arbDate, fc.integer({ min: 1, max: 119 }), (cal, s, k) => {
        const a = addWorkingDays(s, k, cal);
        const b = addWorkingDays(s, k + 1, cal);
        expect(a < b).toBe(true);
        expect(addWorkingDays(s, 0, cal)).toBe(s);
        expect(s < addWorkingDays(s, 1, cal)).toBe(true);
      }),
    );
  });

  it('composes: addWorkingDays(addWorkingDays(s, a), b) === addWorkingDays(s, a + b)', () => {
    fc.assert(
      fc.property(arbCalendar, arbDate, n, n, (cal, s, a, b) => {
        expect(addWorkingDays(addWorkingDays(s, a, cal), b, cal)).toBe(addWorkingDays(s, a + b, cal));
      }),
    );
  });

  it('agrees with a naive Date-based reference', () => {
    fc.assert(
      fc.property(fc.array(arbOverride, { maxLength: 200 }), arbDate, arbDate, (overrides, s, e) => {
        const cal = createCalendar(overrides);
        let expected = 0;
        for (let d = new Date(`${s}T00:00:00Z`); ; ) {
          d = new Date(d.getTime() + 86_400_000);
          const iso = d.toISOString().slice(0, 10);
          if (iso > e) break;
          if (referenceIsWorking(overrides, iso)) expected++;
        }
        expect(workingDaysBetween(s, e, cal)).toBe(expected);
      }),
      { numRuns: 50 },
    );
  });
});
