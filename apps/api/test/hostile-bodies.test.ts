import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseBody, caseIn, rowCounts } from './flows.ts';
import { createTestApp, type DemoUser, expectProblem, expectStatus, type TestApp } from './helper.ts';
import { BODIES, hasStrings } from './hostile-data.ts';

// Every route that takes a body gets a table of malformed, oversized and hostile bodies. The
// answer is always a 4xx problem+json, never a 5xx, and the database is left exactly as it was.

let t: TestApp;
let c: CaseBody;
beforeAll(async () => {
  t = await createTestApp();
  c = await caseIn(t, 'AWAITING_REPLY');
});
afterAll(async () => t?.close());

type Route = {
  name: string;
  method: 'POST' | 'PUT';
  url: () => string;
  as: DemoUser | null;
  valid: () => Record<string, unknown>;
  /** What the valid body gets (the login's carries a wrong password on purpose). */
  accepted: number;
};

const ROUTES: Route[] = [
  {
    name: 'login',
    method: 'POST',
    url: () => '/api/auth/login',
    as: null,
    valid: () => ({ username: 'staff', password: 'wrong' }),
    accepted: 401,
  },
  {
    name: 'create case',
    method: 'POST',
    url: () => '/api/cases',
    as: 'staff',
    valid: () => ({
      source: 'HOTLINE',
      title: '标题',
      description: '描述',
      unitId: t.unitIds.unit1,
      reporter: { name: '某人', phone: '123456' },
    }),
    accepted: 201,
  },
  {
    name: 'action',
    method: 'POST',
    url: () => `/api/cases/${c.id}/actions`,
    as: 'director',
    valid: () => ({ action: 'refer', version: c.version, reason: '理由' }),
    accepted: 200,
  },
  {
    name: 'reply draft',
    method: 'PUT',
    url: () => `/api/cases/${c.id}/reply-draft`,
    as: 'unit1.handler',
    valid: () => ({ kind: 'RECTIFICATION', text: '草稿' }),
    accepted: 200,
  },
  {
    name: 'public report',
    method: 'POST',
    url: () => '/api/public/reports',
    as: null,
    valid: () => ({
      title: '标题',
      description: '描述',
      unitName: '市市场监督管理局',
      contact: { name: '某人', phone: '123456' },
    }),
    accepted: 201,
  },
  {
    name: 'test clock',
    method: 'POST',
    url: () => '/api/test/clock',
    as: null,
    valid: () => ({ now: '2026-03-02T10:00:00+08:00' }),
    accepted: 200,
  },
  {
    name: 'admin calendar',
    method: 'PUT',
    url: () => '/api/admin/calendar/2030-01-05',
    as: 'admin',
    valid: () => ({ working: false, note: '周六' }),
    accepted: 200,
  },
  {
    name: 'deadline policy',
    method: 'PUT',
    url: () => '/api/admin/deadline-policy',
    as: 'admin',
    valid: () => ({ defaultWorkingDays: 15 }),
    accepted: 200,
  },
];

describe.each(ROUTES)('$method $name', (route) => {
  it(`answers ${BODIES.length} hostile bodies with 4xx problem+json and changes nothing`, async () => {
    const before = await rowCounts(t);
    const cookie = route.as ? (await t.as(route.as)).cookie : undefined;
    const seen: Record<string, number> = {};
    for (const body of BODIES.filter((b) => !b.strings || hasStrings(route.valid()))) {
      const res = await t.inject({
        method: route.method,
        url: route.url(),
        headers: { 'content-type': body.type, ...(cookie ? { cookie } : {}) },
        payload: body.payload(route.valid()),
      });
      seen[body.label] = res.statusCode;
      expect(res.statusCode, `${body.label}: ${res.body.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, `${body.label}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
      expectProblem(res, res.statusCode);
      if (body.status) expect(res.statusCode, body.label).toBe(body.status);
    }
    expect(seen['text/plain']).toBe(415);
    expect(seen['form-urlencoded']).toBe(415);
    expect(seen['JSON null']).toBe(400);
    expect(seen['invalid JSON']).toBe(400);
    expect(await rowCounts(t)).toEqual(before);
    expect(await t.version(c.id)).toBe(c.version);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('still accepts its valid body afterwards (the table was not refused for another reason)', async () => {
    const cookie = route.as ? (await t.as(route.as)).cookie : undefined;
    const res = await t.inject({
      method: route.method,
      url: route.url(),
      headers: cookie ? { cookie } : {},
      payload: route.valid(),
    });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(route.accepted);
    // The action moved the case on; the next routes need one awaiting a reply again.
    if (route.name === 'action') c = await caseIn(t, 'AWAITING_REPLY');
    t.setNow(t.fixedNow);
  });
});

describe('values the database cannot store', () => {
  it('an occurredAt in year 0 or past 9999 → 400, and the case list stays readable', async () => {
    const staff = await t.as('staff');
    const before = await rowCounts(t);
    for (const occurredAt of [
      '0000-01-01T00:00:00Z',
      '0001-01-01T00:00:00+08:00',
      '9999-12-31T23:59:59-14:00',
    ]) {
      const body = {
        source: 'HOTLINE',
        title: '时间异常',
        description: 'x',
        unitId: t.unitIds.unit1,
        occurredAt,
      };
      const problem = expectProblem(await staff.post('/api/cases', body), 400);
      expect(problem.errors?.map((e) => e.path)).toEqual(['occurredAt']);
    }
    expect(await rowCounts(t)).toEqual(before);
    const edge = { source: 'HOTLINE', title: '早年旧案', description: 'x', unitId: t.unitIds.unit1 };
    const ok = await staff.post('/api/cases', { ...edge, occurredAt: '1949-10-01T15:00:00+08:00' });
    expect(expectStatus<CaseBody>(ok, 201).occurredAt).toBe('1949-10-01T07:00:00.000Z');
    expect((await staff.get('/api/cases?pageSize=100')).statusCode).toBe(200);
  });

  it('a calendar date outside 2000–2100 → 400 (year 0 was a database error)', async () => {
    const admin = await t.as('admin');
    for (const date of ['0000-01-01', '1999-12-31', '2101-01-01', '9999-12-31'])
      expectProblem(await admin.put(`/api/admin/calendar/${date}`, { working: true }), 400);
    expect(await t.prisma.calendarDay.count({ where: { date: { lt: new Date('2000-01-01') } } })).toBe(0);
  });
});
