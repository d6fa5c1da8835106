import { DEFAULT_OFFICE_PROFILE, type TOfficeProfile } from '@sp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, expectStatus, type TestApp } from './helper.ts';

// The office profile: Siping's in the demo data; PUT with the contract's minimum keeps every
// other field; bad input is 400 with paths and writes nothing; every change is recorded.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

type History = {
  items: {
    user: { username: string } | null;
    changes: { path: string; before: unknown; after: unknown }[];
  }[];
  total: number;
};

const settings = async () =>
  expectStatus<TOfficeProfile>(await (await t.as('admin')).get('/api/admin/settings'), 200);
const history = async () =>
  expectStatus<History>(await (await t.as('admin')).get('/api/admin/settings/history?pageSize=100'), 200);

describe('the office profile', () => {
  it("is Siping's in the demo data, with the default instruments", async () => {
    const p = await settings();
    expect(p).toMatchObject({
      authorityName: '四平市司法局',
      centerName: '四平市行政执法监督投诉举报中心',
      governmentName: '四平市人民政府',
      overduePolicy: 'REFER_TO_DISCIPLINE',
    });
    expect(p.instruments).toEqual(DEFAULT_OFFICE_PROFILE.instruments);
    expect(p.instruments.NOTICE).toEqual({
      enabled: true,
      title: '行政执法监督通知书',
      numberPrefix: '执监通',
      deadline: { basis: 'WORKING_DAYS', days: 15 },
    });
    expect(p.instruments.DECISION.deadline).toEqual({ basis: 'CALENDAR_DAYS', days: 30 });
    expect(p.objectionWindow).toEqual({ basis: 'CALENDAR_DAYS', days: 15 });
    expect(p.answerPeriod).toEqual({ basis: 'CALENDAR_DAYS', days: 15 });
  });

  it('takes a PUT with only { authorityName, centerName, overduePolicy }: the rest keeps its values', async () => {
    const before = await settings();
    const admin = await t.as('admin');
    const body = {
      authorityName: '梨树县司法局',
      centerName: '梨树县行政执法监督中心',
      overduePolicy: 'PROPOSE_DECISION',
    };
    const after = expectStatus<TOfficeProfile>(await admin.put('/api/admin/settings', body), 200);
    expect(after).toEqual({ ...before, ...body });
    expect(await settings()).toEqual(after);
    const last = (await history()).items[0]!;
    expect(last.user?.username).toBe('admin');
    expect(last.changes).toEqual([
      { path: 'authorityName', before: before.authorityName, after: '梨树县司法局' },
      { path: 'centerName', before: before.centerName, after: '梨树县行政执法监督中心' },
      { path: 'overduePolicy', before: 'REFER_TO_DISCIPLINE', after: 'PROPOSE_DECISION' },
    ]);
  });

  it('merges a partial instrument and records before and after', async () => {
    const admin = await t.as('admin');
    const after = expectStatus<TOfficeProfile>(
      await admin.put('/api/admin/settings', {
        authorityName: '四平市司法局',
        centerName: '四平市行政执法监督投诉举报中心',
        overduePolicy: 'REFER_TO_DISCIPLINE',
        instruments: { NOTICE: { title: '行政执法监督通知书（试行）' }, OPINION: { enabled: false } },
        answerPeriod: { basis: 'WORKING_DAYS', days: 10 },
      }),
      200,
    );
    expect(after.instruments.NOTICE).toEqual({
      ...DEFAULT_OFFICE_PROFILE.instruments.NOTICE,
      title: '行政执法监督通知书（试行）',
    });
    expect(after.instruments.OPINION.enabled).toBe(false);
    expect(after.instruments.OPINION.title).toBe('行政执法监督意见书');
    expect(after.answerPeriod).toEqual({ basis: 'WORKING_DAYS', days: 10 });
    const changes = (await history()).items[0]!.changes.map((c) => c.path);
    expect(changes).toEqual(
      expect.arrayContaining([
        'instruments.NOTICE.title',
        'instruments.OPINION.enabled',
        'answerPeriod.basis',
        'answerPeriod.days',
      ]),
    );
  });

  it('records nothing for a PUT that changes nothing', async () => {
    const { total } = await history();
    const p = await settings();
    const admin = await t.as('admin');
    expectStatus(
      await admin.put('/api/admin/settings', {
        authorityName: p.authorityName,
        centerName: p.centerName,
        overduePolicy: p.overduePolicy,
      }),
      200,
    );
    expect((await history()).total).toBe(total);
  });

  it.each([
    ['without authorityName', { centerName: 'x', overduePolicy: 'REFER_TO_DISCIPLINE' }, 'authorityName'],
    [
      'with a blank centerName',
      { authorityName: 'x', centerName: '  ', overduePolicy: 'REFER_TO_DISCIPLINE' },
      'centerName',
    ],
    [
      'with an unknown overdue policy',
      { authorityName: 'x', centerName: 'y', overduePolicy: 'IGNORE' },
      'overduePolicy',
    ],
    [
      'with 61 working days',
      {
        authorityName: 'x',
        centerName: 'y',
        overduePolicy: 'REFER_TO_DISCIPLINE',
        instruments: { NOTICE: { deadline: { basis: 'WORKING_DAYS', days: 61 } } },
      },
      'instruments.NOTICE.deadline.days',
    ],
    [
      'with an unknown basis',
      {
        authorityName: 'x',
        centerName: 'y',
        overduePolicy: 'REFER_TO_DISCIPLINE',
        objectionWindow: { basis: 'HOURS', days: 3 },
      },
      'objectionWindow.basis',
    ],
    [
      'with a prefix containing brackets',
      {
        authorityName: 'x',
        centerName: 'y',
        overduePolicy: 'REFER_TO_DISCIPLINE',
        instruments: { URGING_LETTER: { numberPrefix: '督〔' } },
      },
      'instruments.URGING_LETTER.numberPrefix',
    ],
    [
      'with two instruments sharing a number prefix',
      {
        authorityName: 'x',
        centerName: 'y',
        overduePolicy: 'REFER_TO_DISCIPLINE',
        instruments: { OPINION: { numberPrefix: '执监通' } },
      },
      'instruments.OPINION.numberPrefix',
    ],
    [
      'with every first-level instrument disabled',
      {
        authorityName: 'x',
        centerName: 'y',
        overduePolicy: 'REFER_TO_DISCIPLINE',
        instruments: {
          NOTICE: { enabled: false },
          URGING_LETTER: { enabled: false },
          OPINION: { enabled: false },
        },
      },
      'instruments',
    ],
  ])('refuses a PUT %s (400 VALIDATION with the path) and writes nothing', async (_label, body, path) => {
    const before = await settings();
    const { total } = await history();
    const problem = expectProblem(await (await t.as('admin')).put('/api/admin/settings', body), 400);
    expect(problem.code).toBe('VALIDATION');
    expect(problem.errors?.map((e) => e.path)).toContain(path);
    expect(await settings()).toEqual(before);
    expect((await history()).total).toBe(total);
  });
});

describe('readers of the profile', () => {
  it('every signed-in user reads the names and instrument titles; the public reads only the names', async () => {
    const p = await settings();
    for (const user of ['staff', 'unit1.handler', 'supervisor', 'discipline'] as const) {
      const body = expectStatus<TOfficeProfile>(await (await t.as(user)).get('/api/office-profile'), 200);
      expect(body.authorityName).toBe(p.authorityName);
      expect(body.instruments.NOTICE.title).toBe(p.instruments.NOTICE.title);
    }
    expectProblem(await t.inject({ method: 'GET', url: '/api/office-profile' }), 401);
    const pub = expectStatus(await t.inject({ method: 'GET', url: '/api/public/office' }), 200);
    expect(pub).toEqual({ authorityName: p.authorityName, centerName: p.centerName });
  });
});

describe('the v1 deadline policy is the NOTICE default', () => {
  it('PUT /api/admin/deadline-policy sets it, records it, and GET reads it back', async () => {
    const admin = await t.as('admin');
    expectStatus(await admin.put('/api/admin/deadline-policy', { defaultWorkingDays: 20 }), 200);
    expect(expectStatus(await admin.get('/api/admin/deadline-policy'), 200)).toEqual({
      defaultWorkingDays: 20,
    });
    expect((await settings()).instruments.NOTICE.deadline).toEqual({ basis: 'WORKING_DAYS', days: 20 });
    expect((await history()).items[0]!.changes).toEqual([
      { path: 'instruments.NOTICE.deadline.days', before: 15, after: 20 },
    ]);
  });

  it('a NOTICE default set by the profile is what draft_notice uses', async () => {
    const p = await settings();
    const admin = await t.as('admin');
    expectStatus(
      await admin.put('/api/admin/settings', {
        authorityName: p.authorityName,
        centerName: p.centerName,
        overduePolicy: p.overduePolicy,
        instruments: { NOTICE: { deadline: { basis: 'WORKING_DAYS', days: 12 } } },
      }),
      200,
    );
    expect(expectStatus(await admin.get('/api/admin/deadline-policy'), 200)).toEqual({
      defaultWorkingDays: 12,
    });
    expect(await t.services.settings.defaultDeadlineWorkingDays()).toBe(12);
  });
});
