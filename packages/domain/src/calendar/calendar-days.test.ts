import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalendarOverride, createCalendar, type WorkingCalendar } from './calendar.ts';
import { type DeadlineRule, resolveDeadline } from './deadline.ts';
import { explainDeadline } from './explain.ts';
import { addDays, formatShanghaiInstant, fromDayNumber, toDayNumber } from './iso-date.ts';
import { OFFICIAL_WITH_FALLBACK as official } from './test-calendars.ts';

// Calendar-day periods (民法典 arts. 201, 203): the issue day does not count; a last day that is
// a weekend day or a public holiday moves to the next working day. Dates below were read off
// seeds/calendar/2025.json and 2026.json (holidays and 调休 days).

const rule = (startAt: string, days: number, extensions: DeadlineRule['extensions'] = []): DeadlineRule => ({
  startAt,
  basis: 'CALENDAR_DAYS',
  days,
  extensions,
});
const dueDateOf = (r: DeadlineRule, cal: WorkingCalendar = official) => resolveDeadline(r, cal).dueDate;

describe('calendar days across the 2025 and 2026 holidays', () => {
  it.each([
    ['30 days from 2026-09-05 end after 国庆 (10-05 is a holiday)', '2026-09-05', 30, '2026-10-08'],
    [
      '15 days from 2025-09-20: 10-05 inside 国庆节、中秋节 moves to Thu 10-09',
      '2025-09-20',
      15,
      '2025-10-09',
    ],
    ['14 days from 2026-02-01: 02-15 inside 春节 moves to Tue 02-24', '2026-02-01', 14, '2026-02-24'],
    ['5 days from Mon 2026-03-02: Sat 03-07 moves to Mon 03-09', '2026-03-02', 5, '2026-03-09'],
    ['10 days from 2026-09-10 end on Sun 09-20, a 调休 working day', '2026-09-10', 10, '2026-09-20'],
    ['15 days from 2025-01-11 end on Sun 01-26, a 调休 working day', '2025-01-11', 15, '2025-01-26'],
    ['a plain weekday stays', '2026-03-02', 30, '2026-04-01'],
    ['15 days from 2026-04-20 end on 05-05 (劳动节) → Wed 05-06', '2026-04-20', 15, '2026-05-06'],
  ])('%s', (_label, start, days, due) => {
    expect(dueDateOf(rule(`${start}T10:00:00+08:00`, days))).toBe(due);
  });

  it('counts extensions in calendar days too', () => {
    // 30 + 5 = 35 days from 2026-09-05 → Sat 10-10, a 调休 working day.
    const r = rule('2026-09-05T10:00:00+08:00', 30, [{ days: 5, grantedAt: '2026-09-30T09:00:00+08:00' }]);
    expect(resolveDeadline(r, official)).toMatchObject({
      baseDays: 30,
      extensionDays: 5,
      totalDays: 35,
      nominalEndDate: '2026-10-10',
      dueDate: '2026-10-10',
    });
  });

  it('explains the move past the holiday in Chinese and English', () => {
    const e = explainDeadline(rule('2026-09-05T10:00:00+08:00', 30), official);
    expect(e).toMatchObject({
      basis: 'CALENDAR_DAYS',
      nominalEndDate: '2026-10-05',
      dueDate: '2026-10-08',
      dueAt: '2026-10-08T23:59:59+08:00',
      provisional: false,
    });
    expect(e.skipped.map((s) => s.date)).toEqual(['2026-10-05', '2026-10-06', '2026-10-07']);
    expect(e.zh).toBe(
      '自 2026-09-05 签发次日起算 30 日（按自然日计算，不含签发当日）；' +
        '期满日 2026年10月5日（星期一）为法定节假日（国庆节），依《民法典》第二百零三条顺延至其后第一个工作日；' +
        '截止 2026-10-08（星期四）23:59:59。',
    );
    expect(e.en).toBe(
      '30 calendar days counted from the day after 2026-09-05 (the issue day itself does not count); ' +
        'the last day, Mon 5 Oct 2026, is a public holiday (国庆节), so the period ends on the next working day ' +
        '(Civil Code art. 203); due 2026-10-08 (Thursday) 23:59:59 China time (UTC+8).',
    );
  });

  it('says nothing of moving when the last day is a working day', () => {
    const e = explainDeadline(rule('2026-03-02T10:00:00+08:00', 30), official);
    expect(e.skipped).toEqual([]);
    expect(e.zh).toBe(
      '自 2026-03-02 签发次日起算 30 日（按自然日计算，不含签发当日）；截止 2026-04-01（星期三）23:59:59。',
    );
  });

  it('turns yellow at 70% of the time, as working-day deadlines do', () => {
    const r = resolveDeadline(rule('2026-09-05T10:00:00+08:00', 30), official);
    const span = r.dueAt.getTime() - r.startAt.getTime();
    expect(r.dueSoonAt.getTime()).toBe(r.startAt.getTime() + Math.floor((span * 7) / 10));
  });

  it('is provisional when the period ends in a year without its arrangement', () => {
    // 30 days from 2026-12-10 → Sat 2027-01-09 → Mon 01-11; 2027 follows the statutory holidays.
    expect(resolveDeadline(rule('2026-12-10T10:00:00+08:00', 30), official)).toMatchObject({
      dueDate: '2027-01-11',
      provisional: true,
      provisionalYears: [2027],
    });
  });
});

describe('calendar-day properties', () => {
  const FIRST = toDayNumber('2024-06-01');
  const LAST = toDayNumber('2028-06-30');
  const arbOverride: fc.Arbitrary<CalendarOverride> = fc.record({
    date: fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber),
    working: fc.boolean(),
  });
  const arbCalendar = fc.oneof(
    fc.constant(official),
    fc.array(arbOverride, { maxLength: 300 }).map((o) => createCalendar(o, { arrangedYears: [2025] })),
  );
  const arbRule: fc.Arbitrary<DeadlineRule> = fc.record({
    startAt: fc
      .integer({ min: Date.parse('2024-06-01T00:00:00+08:00'), max: Date.parse('2028-03-01T00:00:00+08:00') })
      .map((ms) => formatShanghaiInstant(new Date(ms))),
    basis: fc.constant('CALENDAR_DAYS' as const),
    days: fc.integer({ min: 1, max: 90 }),
    extensions: fc.array(
      fc.record({ days: fc.integer({ min: 0, max: 30 }), grantedAt: fc.constant('2026-01-01T00:00:00Z') }),
      {
        maxLength: 2,
      },
    ),
  });

  it('the period ends on the first working day on or after start + days', () => {
    fc.assert(
      fc.property(arbCalendar, arbRule, (cal, r) => {
        const d = resolveDeadline(r, cal);
        expect(d.nominalEndDate).toBe(addDays(d.startDate, d.totalDays));
        expect(cal.isWorkingDay(d.dueDate)).toBe(true);
        for (let day = toDayNumber(d.nominalEndDate); day < toDayNumber(d.dueDate); day++)
          expect(cal.isWorkingDay(fromDayNumber(day))).toBe(false);
      }),
    );
  });

  it('a longer period never ends earlier (both may roll to the same day), and is never shorter than its working-day twin', () => {
    fc.assert(
      fc.property(arbCalendar, arbRule, fc.integer({ min: 1, max: 30 }), (cal, r, extra) => {
        const longer = { ...r, extensions: [...r.extensions, { days: extra, grantedAt: r.startAt }] };
        expect(resolveDeadline(longer, cal).dueAt.getTime()).toBeGreaterThanOrEqual(
          resolveDeadline(r, cal).dueAt.getTime(),
        );
        const working = resolveDeadline({ ...r, basis: 'WORKING_DAYS' }, cal);
        expect(working.dueAt.getTime()).toBeGreaterThanOrEqual(resolveDeadline(r, cal).dueAt.getTime());
      }),
    );
  });

  it('provisional exactly when some year after the start up to the due date lacks its arrangement', () => {
    fc.assert(
      fc.property(arbRule, (r) => {
        const d = resolveDeadline(r, official);
        const years = new Set<number>();
        for (let day = toDayNumber(d.startDate) + 1; day <= toDayNumber(d.dueDate); day++)
          years.add(Number(fromDayNumber(day).slice(0, 4)));
        const expected = [...years].filter((y) => y !== 2025 && y !== 2026);
        expect(d.provisionalYears).toEqual(expected);
        expect(d.provisional).toBe(expected.length > 0);
      }),
    );
  });

  it('rejects an unknown basis and bad day counts', () => {
    expect(() =>
      resolveDeadline({ ...rule('2026-03-02T10:00:00+08:00', 5), basis: 'HOURS' as never }, official),
    ).toThrow(RangeError);
    expect(() => resolveDeadline(rule('2026-03-02T10:00:00+08:00', -1), official)).toThrow(RangeError);
    expect(() => resolveDeadline(rule('2026-03-02T10:00:00+08:00', 1.5), official)).toThrow(RangeError);
  });
});
