import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCalendar } from './calendar.ts';
import { explainDeadline } from './explain.ts';
import { arrangementToOverrides, ZHolidayArrangement } from './holiday-arrangement.ts';

const url = new URL('../../../../seeds/calendar/2025.json', import.meta.url);
const cal2025 = createCalendar(
  arrangementToOverrides(ZHolidayArrangement.parse(JSON.parse(readFileSync(url, 'utf8')))),
);

describe('explainDeadline for the spec example (2025-09-26 + 15 working days)', () => {
  const e = explainDeadline(
    { startAt: '2025-09-26T10:00:00+08:00', basis: 'WORKING_DAYS', days: 15, extensions: [] },
    cal2025,
  );

  it('states the inputs and the result', () => {
    expect(e).toMatchObject({
      startDate: '2025-09-26',
      baseDays: 15,
      extensionDays: 0,
      totalDays: 15,
      dueDate: '2025-10-23',
      dueAt: '2025-10-23T23:59:59+08:00',
    });
    expect(Date.parse(e.dueSoonAt)).toBeGreaterThan(Date.parse('2025-09-26T10:00:00+08:00'));
    expect(e.dueSoonAt).toMatch(/\+08:00$/);
  });

  it('lists every skipped weekend and holiday day', () => {
    const holiday = (date: string) => ({ date, reason: 'HOLIDAY', note: '国庆节、中秋节' });
    expect(e.skipped).toEqual([
      { date: '2025-09-27', reason: 'WEEKEND' },
      ...['01', '02', '03', '04', '05', '06', '07', '08'].map((d) => holiday(`2025-10-${d}`)),
      { date: '2025-10-12', reason: 'WEEKEND' },
      { date: '2025-10-18', reason: 'WEEKEND' },
      { date: '2025-10-19', reason: 'WEEKEND' },
    ]);
  });

  it('lists the make-up working days that counted', () => {
    expect(e.makeupWorkdays).toEqual([
      { date: '2025-09-28', note: '调休上班（国庆节、中秋节）' },
      { date: '2025-10-11', note: '调休上班（国庆节、中秋节）' },
    ]);
  });

  it('explains it in Chinese and English', () => {
    expect(e.zh).toBe(
      '自 2025-09-26 签发次日起算 15 个工作日（不含签发当日）；跳过周末 4 天、法定节假日 8 天（国庆节、中秋节）；' +
        '9月28日（星期日）、10月11日（星期六）为调休上班日计入；截止 2025-10-23（星期四）23:59:59。',
    );
    expect(e.en).toContain('15 working days');
    expect(e.en).toContain('2025-10-23 (Thursday) 23:59:59');
    expect(e.en).toContain('Sun 28 Sep 2025, Sat 11 Oct 2025');
    expect(e.en).toContain('8 public holidays (国庆节、中秋节)');
  });
});

describe('explainDeadline in other situations', () => {
  it('mentions extensions', () => {
    const e = explainDeadline(
      {
        startAt: '2025-09-26T10:00:00+08:00',
        basis: 'WORKING_DAYS',
        days: 10,
        extensions: [{ days: 5, grantedAt: '2025-10-15T09:00:00+08:00' }],
      },
      cal2025,
    );
    expect(e.totalDays).toBe(15);
    expect(e.dueDate).toBe('2025-10-23');
    expect(e.zh).toContain('10 个工作日，另延期 5 个工作日，共 15 个工作日');
    expect(e.en).toContain('10 working days plus an extension of 5, 15 in total');
  });

  it('omits the parts that do not apply', () => {
    const e = explainDeadline(
      { startAt: '2025-09-15T09:00:00+08:00', basis: 'WORKING_DAYS', days: 3, extensions: [] },
      cal2025,
    );
    expect(e.skipped).toEqual([]);
    expect(e.makeupWorkdays).toEqual([]);
    expect(e.zh).toBe(
      '自 2025-09-15 签发次日起算 3 个工作日（不含签发当日）；截止 2025-09-18（星期四）23:59:59。',
    );
  });

  it('reports an un-named day off on a weekday as a holiday', () => {
    const cal = createCalendar([{ date: '2025-09-16', working: false }]);
    const e = explainDeadline(
      { startAt: '2025-09-15T09:00:00+08:00', basis: 'WORKING_DAYS', days: 1, extensions: [] },
      cal,
    );
    expect(e.skipped).toEqual([{ date: '2025-09-16', reason: 'HOLIDAY' }]);
    expect(e.zh).toContain('法定节假日 1 天；');
  });
});
