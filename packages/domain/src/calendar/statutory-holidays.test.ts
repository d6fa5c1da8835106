import { describe, expect, it } from 'vitest';
import { createCalendar } from './calendar.ts';
import { explainDeadline } from './explain.ts';
import { statutoryHolidays, statutoryOverrides } from './statutory-holidays.ts';
import { OFFICIAL_WITH_FALLBACK as cal, officialArrangement, officialOverrides } from './test-calendars.ts';
import { addWorkingDays } from './working-days.ts';

const datesOf = (year: number) => Object.fromEntries(statutoryHolidays(year).map((h) => [h.name, h.dates]));

describe('statutory holidays (全国年节及纪念日放假办法, 2024 revision)', () => {
  // Lunar new year 2027 is Sat 6 Feb (除夕 Fri 5 Feb); 2028 is Wed 26 Jan (除夕 Tue 25 Jan);
  // 清明, 端午 and 中秋 as published in the almanac (万年历) for those years.
  it('2027: 元旦 1, 春节 除夕–初三 4, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3 days', () => {
    expect(datesOf(2027)).toEqual({
      元旦: ['2027-01-01'],
      春节: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'],
      清明节: ['2027-04-05'],
      劳动节: ['2027-05-01', '2027-05-02'],
      端午节: ['2027-06-09'],
      中秋节: ['2027-09-15'],
      国庆节: ['2027-10-01', '2027-10-02', '2027-10-03'],
    });
  });

  it('2028', () => {
    expect(datesOf(2028)).toEqual({
      元旦: ['2028-01-01'],
      春节: ['2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28'],
      清明节: ['2028-04-04'],
      劳动节: ['2028-05-01', '2028-05-02'],
      端午节: ['2028-05-28'],
      中秋节: ['2028-10-03'],
      国庆节: ['2028-10-01', '2028-10-02', '2028-10-03'],
    });
  });

  it('a day with two holidays (中秋 on 国庆 2028) is one day off with both names', () => {
    const oct3 = statutoryOverrides(2028).filter((o) => o.date === '2028-10-03');
    expect(oct3).toEqual([{ date: '2028-10-03', working: false, note: '中秋节、国庆节' }]);
    expect(statutoryOverrides(2028)).toHaveLength(12); // 13 holiday days, one shared
  });

  it.each([2025, 2026])(
    'agrees with the State Council arrangement of %i: every statutory day is off there',
    (year) => {
      const arrangement = officialArrangement(year);
      for (const h of statutoryHolidays(year)) {
        for (const date of h.dates) {
          const range = arrangement.holidays.find((r) => r.from <= date && date <= r.to);
          expect(range?.name, `${h.name} ${date}`).toContain(h.name.replace('节', ''));
        }
      }
    },
  );

  it('refuses years the library does not cover', () => {
    expect(() => statutoryHolidays(1800)).toThrow(RangeError);
    expect(() => statutoryHolidays(2026.5)).toThrow(RangeError);
  });
});

describe('a year without its arrangement', () => {
  it('2026-12-31 + 1 working day is Mon 2027-01-04 (元旦 by law, then the weekend), provisional', () => {
    const e = explainDeadline(
      { startAt: '2026-12-31T10:00:00+08:00', basis: 'WORKING_DAYS', days: 1, extensions: [] },
      cal,
    );
    expect(e).toMatchObject({ dueDate: '2027-01-04', provisional: true, provisionalYears: [2027] });
    expect(e.skipped).toEqual([
      { date: '2027-01-01', reason: 'HOLIDAY', note: '元旦' },
      { date: '2027-01-02', reason: 'WEEKEND' },
      { date: '2027-01-03', reason: 'WEEKEND' },
    ]);
    expect(e.zh).toContain('2027年国务院节假日安排尚未录入，暂按《全国年节及纪念日放假办法》');
    expect(e.zh).toContain('为暂定期限');
    expect(e.en).toContain(
      'PROVISIONAL: the State Council holiday arrangement for 2027 has not been entered',
    );
  });

  it('without the fallback, 2027-01-01 would count as a working day (the old behaviour)', () => {
    const plain = createCalendar([...officialOverrides(2025), ...officialOverrides(2026)]);
    expect(addWorkingDays('2026-12-31', 1, plain)).toBe('2027-01-01');
    expect(plain.isProvisionalYear(2027)).toBe(false);
  });

  it('skips 除夕 to 初三 of 2027', () => {
    expect(addWorkingDays('2027-02-04', 1, cal)).toBe('2027-02-09');
  });

  it('a deadline inside arranged years is not provisional', () => {
    const e = explainDeadline(
      { startAt: '2026-11-02T10:00:00+08:00', basis: 'WORKING_DAYS', days: 15, extensions: [] },
      cal,
    );
    expect(e).toMatchObject({ dueDate: '2026-11-23', provisional: false, provisionalYears: [] });
    expect(e.zh).not.toContain('暂定');
  });

  it('loses its flag, and follows the arrangement, once the year is entered', () => {
    const with2027 = createCalendar(
      [
        ...officialOverrides(2026),
        { date: '2027-01-01', working: false, note: '元旦' },
        { date: '2027-01-04', working: false, note: '元旦' },
      ],
      { arrangedYears: [2026, 2027] },
    );
    const e = explainDeadline(
      { startAt: '2026-12-31T10:00:00+08:00', basis: 'WORKING_DAYS', days: 1, extensions: [] },
      with2027,
    );
    expect(e).toMatchObject({ dueDate: '2027-01-05', provisional: false });
  });

  it("an administrator's correction beats the statutory fallback", () => {
    const corrected = createCalendar([{ date: '2027-01-01', working: true, note: '更正' }], {
      arrangedYears: [],
    });
    expect(corrected.isWorkingDay('2027-01-01')).toBe(true);
    expect(corrected.isWorkingDay('2027-10-01')).toBe(false);
    expect(corrected.noteFor('2027-10-01')).toBe('国庆节');
    expect(corrected.isProvisionalYear(2027)).toBe(true);
  });
});
