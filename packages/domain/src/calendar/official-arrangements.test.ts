import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCalendar } from './calendar.ts';
import {
  arrangementToOverrides,
  type HolidayArrangement,
  ZHolidayArrangement,
} from './holiday-arrangement.ts';
import { addDays, dayOfWeek, type IsoDate, isWeekend } from './iso-date.ts';
import { addWorkingDays, workingDaysBetween } from './working-days.ts';

function load(year: number): HolidayArrangement {
  const url = new URL(`../../../../seeds/calendar/${year}.json`, import.meta.url);
  return ZHolidayArrangement.parse(JSON.parse(readFileSync(url, 'utf8')));
}

const a2025 = load(2025);
const a2026 = load(2026);
const cal = createCalendar([...arrangementToOverrides(a2025), ...arrangementToOverrides(a2026)]);

// Transcribed by hand from the notices' text (see seeds/calendar/SOURCE.md).
const EXPECTED = {
  2025: {
    documentNumber: '国办发明电〔2024〕12号',
    holidays: [
      ['元旦', '2025-01-01', '2025-01-01'],
      ['春节', '2025-01-28', '2025-02-04'],
      ['清明节', '2025-04-04', '2025-04-06'],
      ['劳动节', '2025-05-01', '2025-05-05'],
      ['端午节', '2025-05-31', '2025-06-02'],
      ['国庆节、中秋节', '2025-10-01', '2025-10-08'],
    ],
    makeup: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
    offDays: 1 + 8 + 3 + 5 + 3 + 8,
  },
  2026: {
    documentNumber: '国办发明电〔2025〕7号',
    holidays: [
      ['元旦', '2026-01-01', '2026-01-03'],
      ['春节', '2026-02-15', '2026-02-23'],
      ['清明节', '2026-04-04', '2026-04-06'],
      ['劳动节', '2026-05-01', '2026-05-05'],
      ['端午节', '2026-06-19', '2026-06-21'],
      ['中秋节', '2026-09-25', '2026-09-27'],
      ['国庆节', '2026-10-01', '2026-10-07'],
    ],
    makeup: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
    offDays: 3 + 9 + 3 + 5 + 3 + 3 + 7,
  },
} as const;

describe.each([
  [2025, a2025],
  [2026, a2026],
] as const)('official arrangement %i', (year, a) => {
  const expected = EXPECTED[year];

  it('identifies the State Council notice', () => {
    expect(a.year).toBe(year);
    expect(a.source.title).toBe(`国务院办公厅关于${year}年部分节假日安排的通知`);
    expect(a.source.documentNumber).toBe(expected.documentNumber);
    expect(a.verified).toBe(true);
  });

  it('has exactly the holiday ranges of the notice', () => {
    expect(a.holidays.map((h) => [h.name, h.from, h.to])).toEqual(expected.holidays);
  });

  it('has exactly the make-up working days of the notice, all on weekends', () => {
    expect(a.makeupWorkdays.map((m) => m.date)).toEqual(expected.makeup);
    for (const date of expected.makeup) {
      expect(isWeekend(date)).toBe(true);
      expect(cal.isWorkingDay(date)).toBe(true);
      expect(cal.noteFor(date)).toMatch(/^调休上班（.+）$/);
    }
  });

  it('turns every date inside a range into a day off named after the holiday', () => {
    const overrides = arrangementToOverrides(a);
    expect(overrides.filter((o) => !o.working)).toHaveLength(expected.offDays);
    expect(overrides.filter((o) => o.working)).toHaveLength(expected.makeup.length);
    for (const [name, from, to] of expected.holidays) {
      for (let d: IsoDate = from; d <= to; d = addDays(d, 1)) {
        expect(cal.isWorkingDay(d)).toBe(false);
        expect(cal.noteFor(d)).toBe(name);
      }
    }
  });
});

describe('weekdays printed in the notices', () => {
  it.each([
    // [date, weekday as printed in the notice (0 = 周日)]
    ['2025-01-01', 3],
    ['2025-01-28', 2],
    ['2025-02-04', 2],
    ['2025-01-26', 0],
    ['2025-02-08', 6],
    ['2025-04-27', 0],
    ['2025-05-31', 6],
    ['2025-10-01', 3],
    ['2025-10-08', 3],
    ['2025-09-28', 0],
    ['2025-10-11', 6],
    ['2026-01-03', 6],
    ['2026-01-04', 0],
    ['2026-02-14', 6],
    ['2026-02-15', 0],
    ['2026-02-23', 1],
    ['2026-02-28', 6],
    ['2026-05-09', 6],
    ['2026-09-20', 0],
    ['2026-10-07', 3],
    ['2026-10-10', 6],
  ] as const)('%s is weekday %i', (date, dow) => {
    expect(dayOfWeek(date)).toBe(dow);
  });
});

describe('deadlines around Spring Festival and National Day land where the notices say', () => {
  it.each([
    // [start, n, expected] — counted by hand from the arrangements.
    ['2025-01-24', 1, '2025-01-26'], // Fri → Sun make-up day
    ['2025-01-26', 1, '2025-01-27'],
    ['2025-01-27', 1, '2025-02-05'], // 01-28…02-04 off
    ['2025-02-07', 1, '2025-02-08'], // Fri → Sat make-up day
    ['2025-02-08', 1, '2025-02-10'],
    ['2025-01-20', 15, '2025-02-14'],
    ['2025-04-25', 1, '2025-04-27'],
    ['2025-04-30', 1, '2025-05-06'],
    ['2025-09-26', 1, '2025-09-28'], // Fri → Sun make-up day
    ['2025-09-30', 1, '2025-10-09'], // 10-01…10-08 off
    ['2025-10-10', 1, '2025-10-11'], // Fri → Sat make-up day
    ['2025-10-11', 1, '2025-10-13'],
    ['2025-09-26', 15, '2025-10-23'], // the example in the spec
    ['2025-12-31', 1, '2026-01-04'], // 元旦 2026 off, Sunday 01-04 worked
    ['2026-02-13', 1, '2026-02-14'], // Fri → Sat make-up day
    ['2026-02-14', 1, '2026-02-24'], // 02-15…02-23 off
    ['2026-02-13', 5, '2026-02-27'],
    ['2026-02-13', 6, '2026-02-28'], // Sat make-up day after the holiday
    ['2026-02-28', 1, '2026-03-02'],
    ['2026-04-30', 1, '2026-05-06'],
    ['2026-05-08', 1, '2026-05-09'],
    ['2026-09-18', 1, '2026-09-20'], // Fri → Sun make-up day
    ['2026-09-24', 1, '2026-09-28'], // 中秋 09-25…09-27 off
    ['2026-09-30', 1, '2026-10-08'], // 国庆 10-01…10-07 off
    ['2026-10-09', 1, '2026-10-10'], // Fri → Sat make-up day
    ['2026-10-10', 1, '2026-10-12'],
    ['2026-09-18', 15, '2026-10-15'],
  ] as const)('%s + %i working days = %s', (start, n, expected) => {
    expect(addWorkingDays(start, n, cal)).toBe(expected);
    expect(workingDaysBetween(start, expected, cal)).toBe(n);
  });

  it('counts the working days of whole periods', () => {
    expect(workingDaysBetween('2026-02-13', '2026-02-28', cal)).toBe(6);
    expect(workingDaysBetween('2025-09-30', '2025-10-12', cal)).toBe(3); // 10-09, 10-10, 10-11
  });
});
