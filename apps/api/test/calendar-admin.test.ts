import type { TCalendarPreview, TCalendarYearView } from '@sp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseBody, caseIn, getCase, getEvents } from './flows.ts';
import { createTestApp, expectProblem, expectStatus, type TestApp } from './helper.ts';

// A year without its arrangement: deadlines running into 2027 follow the statutory holidays and
// are provisional; entering 2027's arrangement is previewed (nothing written), then applied in
// one transaction that moves the running deadlines with a history entry each.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

/** A notice issued on Thu 2026-12-31 at 10:00 (Shanghai) with this many working days. */
async function issuedOnNewYearsEve(days: number): Promise<CaseBody> {
  t.setNow(new Date('2026-12-31T02:00:00Z'));
  const c = await caseIn(t, 'INVESTIGATING');
  const staff = await t.as('staff');
  expectStatus(
    await staff.act(c.id, 'draft_notice', {
      findings: '未出示执法证件',
      legalBasis: '《行政处罚法》第五十五条',
      requiredRectification: '责令改正',
      deadlineWorkingDays: days,
    }),
    200,
  );
  return expectStatus<CaseBody>(await (await t.as('director')).act(c.id, 'approve_notice'), 200);
}

const ARRANGEMENT_2027 = {
  year: 2027,
  documentNumber: '国办发明电〔2026〕（测试）',
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-05', to: '2027-02-13' },
  ],
  makeupWorkdays: [{ date: '2027-02-20', for: '春节' }],
};

const snapshot = async () => ({
  days: await t.prisma.calendarDay.count(),
  years: await t.prisma.calendarYear.count(),
  events: await t.prisma.caseEvent.count(),
  cases: (await t.prisma.case.findMany({ select: { id: true, version: true, dueAt: true } })).map((c) => ({
    ...c,
    dueAt: c.dueAt?.toISOString(),
  })),
});

let short: CaseBody;
let long: CaseBody;

describe('a deadline that runs into a year without its arrangement', () => {
  beforeAll(async () => {
    short = await issuedOnNewYearsEve(1);
    long = await issuedOnNewYearsEve(30);
  });

  it('2026-12-31 + 1 working day is Mon 2027-01-04 (元旦 by law), provisional', async () => {
    expect(short.dueAt).toBe('2027-01-04T15:59:59.000Z');
    expect(short.deadline?.provisional).toBe(true);
    expect(short.deadline?.explanation).toMatchObject({ provisional: true, provisionalYears: [2027] });
    expect(short.deadline?.explanation.zh).toContain('2027年国务院节假日安排尚未录入');
  });

  it('30 working days skip 除夕 to 初三 of 2027 by law (no 调休 known): Tue 2027-02-16', async () => {
    expect(long.dueAt).toBe('2027-02-16T15:59:59.000Z');
    expect(long.deadline?.provisional).toBe(true);
  });

  it('the admin is warned from November on that next year is missing', async () => {
    const admin = await t.as('admin');
    t.setNow(new Date('2026-10-31T02:00:00Z'));
    expect(expectStatus(await admin.get('/api/admin/calendar/status'), 200)).toEqual({
      today: '2026-10-31',
      arrangedYears: [2025, 2026],
      missing: [],
    });
    t.setNow(new Date('2026-11-01T02:00:00Z'));
    expect(expectStatus(await admin.get('/api/admin/calendar/status'), 200)).toMatchObject({
      missing: [2027],
    });
    t.setNow(new Date('2026-12-31T02:00:00Z'));
  });

  it('the year view of 2027 shows the statutory holidays, not arranged', async () => {
    const view = expectStatus<TCalendarYearView>(
      await (await t.as('admin')).get('/api/admin/calendar/years/2027'),
      200,
    );
    expect(view).toMatchObject({ year: 2027, arranged: false, holidays: [], makeupWorkdays: [] });
    expect(view.days.filter((d) => d.note.includes('春节')).map((d) => [d.date, d.kind])).toEqual([
      ['2027-02-05', 'STATUTORY'],
      ['2027-02-06', 'STATUTORY'],
      ['2027-02-07', 'STATUTORY'],
      ['2027-02-08', 'STATUTORY'],
    ]);
    expect(view.days).toHaveLength(13); // 1 + 4 + 1 + 2 + 1 + 1 + 3 statutory days
  });

  it('refuses an inconsistent arrangement with the paths, writing nothing', async () => {
    const admin = await t.as('admin');
    const before = await snapshot();
    const cases: [unknown, string][] = [
      [
        {
          ...ARRANGEMENT_2027,
          holidays: [...ARRANGEMENT_2027.holidays, { name: '补', from: '2027-02-13', to: '2027-02-14' }],
        },
        'holidays.2',
      ],
      [
        { ...ARRANGEMENT_2027, makeupWorkdays: [{ date: '2027-02-17', for: '春节' }] },
        'makeupWorkdays.0.date',
      ],
      [
        { ...ARRANGEMENT_2027, makeupWorkdays: [{ date: '2027-02-20', for: '国庆节' }] },
        'makeupWorkdays.0.for',
      ],
      [
        {
          ...ARRANGEMENT_2027,
          holidays: [{ name: '国庆节', from: '2028-10-01', to: '2028-10-07' }],
          makeupWorkdays: [],
        },
        'holidays.0.from',
      ],
      [
        { ...ARRANGEMENT_2027, holidays: [{ name: '春节', from: '2027-02-30', to: '2027-03-01' }] },
        'holidays.0.from',
      ],
      [{ ...ARRANGEMENT_2027, holidays: [] }, 'holidays'],
    ];
    for (const [body, path] of cases) {
      for (const send of [
        () => admin.post('/api/admin/calendar/arrangements/preview', body),
        () => admin.put('/api/admin/calendar/arrangements', body),
      ]) {
        const problem = expectProblem(await send(), 400);
        expect(problem.code).toBe('VALIDATION');
        expect(
          problem.errors?.map((e) => e.path),
          JSON.stringify(body),
        ).toContain(path);
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it('previews the moves of entering 2027 without writing anything', async () => {
    const before = await snapshot();
    const preview = expectStatus<TCalendarPreview>(
      await (await t.as('admin')).post('/api/admin/calendar/arrangements/preview', ARRANGEMENT_2027),
      200,
    );
    expect(preview.moves).toEqual([
      {
        caseId: long.id,
        number: long.number,
        unitName: long.unitName,
        dueAtBefore: '2027-02-16T15:59:59.000Z',
        // 春节 9 days, then Sat 02-20 is a 调休 working day.
        dueAtAfter: '2027-02-20T15:59:59.000Z',
        provisionalBefore: true,
        provisionalAfter: false,
      },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('applies it: moves the running deadline with a history entry, and clears the provisional flag', async () => {
    const admin = await t.as('admin');
    const eventsBefore = await t.prisma.caseEvent.count();
    const result = expectStatus<{ year: number; recomputedCases: number; moves: unknown[] }>(
      await admin.put('/api/admin/calendar/arrangements', ARRANGEMENT_2027),
      200,
    );
    expect(result).toMatchObject({ year: 2027, recomputedCases: 1 });
    expect(result.moves).toHaveLength(1);
    expect(await t.prisma.caseEvent.count()).toBe(eventsBefore + 1);

    const moved = await getCase(t, 'staff', long.id);
    expect(moved).toMatchObject({ dueAt: '2027-02-20T15:59:59.000Z', version: long.version + 1 });
    expect(moved.deadline?.provisional).toBe(false);
    const last = (await getEvents(t, 'staff', long.id)).at(-1)!;
    expect(last).toMatchObject({
      action: 'recompute_deadline',
      data: {
        arrangementYear: 2027,
        previousDueAt: '2027-02-16T15:59:59.000Z',
        dueAt: '2027-02-20T15:59:59.000Z',
      },
    });
    // Same date, but no longer provisional; no history entry for it.
    const same = await getCase(t, 'staff', short.id);
    expect(same).toMatchObject({ dueAt: '2027-01-04T15:59:59.000Z', version: short.version });
    expect(same.deadline?.provisional).toBe(false);
    expect(same.deadline?.explanation.zh).not.toContain('暂定');

    expect(expectStatus(await admin.get('/api/admin/calendar/status'), 200)).toMatchObject({
      arrangedYears: [2025, 2026, 2027],
      missing: [],
    });
    const view = expectStatus<TCalendarYearView>(await admin.get('/api/admin/calendar/years/2027'), 200);
    expect(view).toMatchObject({ arranged: true, documentNumber: ARRANGEMENT_2027.documentNumber });
    expect(view.holidays).toEqual(ARRANGEMENT_2027.holidays);
    expect(view.days.find((d) => d.date === '2027-02-20')).toEqual({
      date: '2027-02-20',
      working: true,
      note: '调休上班（春节）',
      kind: 'MAKEUP',
    });
    expect(view.days.find((d) => d.date === '2027-05-01')).toBeUndefined();
  });

  it('a day correction is previewed, then applied with the same moves', async () => {
    const admin = await t.as('admin');
    const before = await snapshot();
    const preview = expectStatus<TCalendarPreview>(
      await admin.post('/api/admin/calendar/2027-01-04/preview', { working: false, note: '临时休息' }),
      200,
    );
    expect(preview.moves.map((m) => [m.number, m.dueAtBefore, m.dueAtAfter])).toEqual([
      [short.number, '2027-01-04T15:59:59.000Z', '2027-01-05T15:59:59.000Z'],
      [long.number, '2027-02-20T15:59:59.000Z', '2027-02-22T15:59:59.000Z'],
    ]);
    expect(await snapshot()).toEqual(before);
    const applied = expectStatus<{ moves: unknown[]; recomputedCases: number }>(
      await admin.put('/api/admin/calendar/2027-01-04', { working: false, note: '临时休息' }),
      200,
    );
    expect(applied.moves).toEqual(preview.moves);
    expect(applied.recomputedCases).toBe(2);
    const view = expectStatus<TCalendarYearView>(await admin.get('/api/admin/calendar/years/2027'), 200);
    expect(view.days.find((d) => d.date === '2027-01-04')).toMatchObject({
      working: false,
      kind: 'CORRECTION',
    });
    // Entering the arrangement again replaces the correction (every flag of the year).
    expectStatus(await admin.put('/api/admin/calendar/arrangements', ARRANGEMENT_2027), 200);
    expect((await getCase(t, 'staff', short.id)).dueAt).toBe('2027-01-04T15:59:59.000Z');
  });
});
