import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_USERNAMES, expectProblem, type TestApp } from './helper.ts';

// The office engineer's admin routes (profile, calendar, audit): ADMIN only. Every other demo
// user gets 403 and changes nothing; without a session, 401.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

type Route = { method: 'GET' | 'POST' | 'PUT'; url: string; body?: unknown };

const ARRANGEMENT = {
  year: 2028,
  holidays: [{ name: '元旦', from: '2028-01-01', to: '2028-01-03' }],
  makeupWorkdays: [],
};
const PROFILE = { authorityName: '铁西区司法局', centerName: '监督中心', overduePolicy: 'PROPOSE_DECISION' };

const ADMIN_ROUTES: Route[] = [
  { method: 'GET', url: '/api/admin/settings' },
  { method: 'PUT', url: '/api/admin/settings', body: PROFILE },
  { method: 'GET', url: '/api/admin/settings/history' },
  { method: 'PUT', url: '/api/admin/deadline-policy', body: { defaultWorkingDays: 10 } },
  { method: 'GET', url: '/api/admin/calendar/status' },
  { method: 'GET', url: '/api/admin/calendar/years/2026' },
  { method: 'POST', url: '/api/admin/calendar/2028-01-04/preview', body: { working: false } },
  { method: 'PUT', url: '/api/admin/calendar/2028-01-04', body: { working: false } },
  { method: 'POST', url: '/api/admin/calendar/arrangements/preview', body: ARRANGEMENT },
  { method: 'PUT', url: '/api/admin/calendar/arrangements', body: ARRANGEMENT },
  { method: 'GET', url: '/api/admin/audit/reporter-access' },
  { method: 'GET', url: '/api/admin/audit/chain?caseNumber=x' },
];

const counts = async () => ({
  settings: await t.prisma.setting.count(),
  changes: await t.prisma.officeProfileChange.count(),
  days: await t.prisma.calendarDay.count(),
  years: await t.prisma.calendarYear.count(),
});

describe.each(ADMIN_ROUTES)('$method $url', ({ method, url, body }) => {
  it('is 403 for every role but ADMIN and 401 without a session, changing nothing', async () => {
    const before = await counts();
    const statuses: Record<string, number> = {};
    for (const user of DEMO_USERNAMES.filter((u) => u !== 'admin')) {
      const res = await t.inject({
        method,
        url,
        headers: { cookie: (await t.as(user)).cookie },
        payload: body as object,
      });
      statuses[user] = expectProblem(res, res.statusCode).status;
    }
    expect(Object.values(statuses)).toEqual(DEMO_USERNAMES.filter((u) => u !== 'admin').map(() => 403));
    expectProblem(await t.inject({ method, url, payload: body as object }), 401);
    expect(await counts()).toEqual(before);
  });

  it('answers the admin (2xx, or 404 for an unknown case number)', async () => {
    const res = await t.inject({
      method,
      url,
      headers: { cookie: (await t.as('admin')).cookie },
      payload: body as object,
    });
    expect([200, 404], `${res.statusCode} ${res.body.slice(0, 200)}`).toContain(res.statusCode);
    if (res.statusCode === 404) expect(url).toContain('caseNumber=x');
  });
});
