import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseBody, caseIn, rowCounts } from './flows.ts';
import { createTestApp, expectProblem, expectStatus, type TestApp } from './helper.ts';

// Hostile path parameters, query strings and uploads, and every protected route without a
// session. Always a 4xx problem+json, never a 5xx, and nothing written.

let t: TestApp;
let c: CaseBody;
let cookie: string;
beforeAll(async () => {
  t = await createTestApp();
  c = await caseIn(t, 'AWAITING_REPLY');
  cookie = (await t.as('staff')).cookie;
});
afterAll(async () => t?.close());

const send = (method: InjectOptions['method'], url: string, extra: Partial<InjectOptions> = {}) =>
  t.inject({
    method,
    url,
    headers: { cookie, ...(extra.headers ?? {}) },
    ...(extra.payload ? { payload: extra.payload } : {}),
  });

const BAD_IDS: [string, string, number | null][] = [
  ['not a uuid', 'not-a-uuid', 404],
  ['unknown uuid', randomUUID(), 404],
  ['path traversal', encodeURIComponent('../../etc/passwd'), 404],
  ['dot segments', '..%2F..%2F..%2Fetc', 404],
  ['SQL', encodeURIComponent("1' OR '1'='1"), 404],
  ['SQL 2', encodeURIComponent('1; DROP TABLE cases;--'), 404],
  ['uuid with suffix', `${randomUUID()}x`, 404],
  ['NUL', '%00', 400],
  ['bad percent-encoding', '%E0%A4%A', 400],
  ['150 characters', 'a'.repeat(150), 400],
  ['300 characters', 'b'.repeat(300), null],
  ['emoji', encodeURIComponent('👨‍👩‍👧'), 404],
];

describe('bad ids on every :id route', () => {
  const routes: [InjectOptions['method'], (id: string) => string, unknown?][] = [
    ['GET', (id) => `/api/cases/${id}`],
    ['GET', (id) => `/api/cases/${id}/events`],
    ['GET', (id) => `/api/cases/${id}/attachments`],
    ['GET', (id) => `/api/cases/${id}/reply-draft`],
    ['PUT', (id) => `/api/cases/${id}/reply-draft`, { kind: 'RECTIFICATION', text: 'x' }],
    ['POST', (id) => `/api/cases/${id}/actions`, { action: 'refer', version: 1, reason: 'x' }],
    ['GET', (id) => `/api/cases/${c.id}/attachments/${id}`],
    ['GET', (id) => `/api/public/reports/${id}`],
  ];
  it.each(BAD_IDS)('%s', async (_label, id, status) => {
    const before = await rowCounts(t);
    for (const [method, url, payload] of routes) {
      const res = await send(
        method,
        url(id),
        payload ? { payload: payload as InjectOptions['payload'] } : {},
      );
      const code = res.statusCode;
      expect(code, `${method} ${url(id)}: ${res.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
      expect(code).toBeLessThan(500);
      expectProblem(res, code);
      if (status !== null && !url(id).startsWith('/api/public') && !url(id).includes('/attachments/'))
        expect(code, `${method} ${url(id)}`).toBe(status);
    }
    expect(await rowCounts(t)).toEqual(before);
  });
});

describe('bad query strings', () => {
  it.each([
    'page=0',
    'page=-1',
    'page=abc',
    'page=1.5',
    'page=99999999999',
    'page=1&page=2',
    'pageSize=0',
    'pageSize=101',
    'pageSize=1e3',
    'state=DELETED',
    'state=closed',
    'source=TWITTER',
    'unitId=not-a-uuid',
    'overdue=yes',
    'overdue=1',
    'dueSoon=TRUE',
    `q=${'x'.repeat(201)}`,
    'q=%00',
  ])('GET /api/cases?%s → 400', async (qs) => {
    expectProblem(await send('GET', `/api/cases?${qs}`), 400);
  });

  it('other list routes validate the same way', async () => {
    const sup = (await t.as('supervisor')).cookie;
    const admin = (await t.as('admin')).cookie;
    expectProblem(await send('GET', '/api/my/reports?pageSize=101', { headers: { cookie: sup } }), 400);
    expectProblem(await send('GET', '/api/my/reports?page=0', { headers: { cookie: sup } }), 400);
    expectProblem(await send('GET', '/api/admin/calendar?year=abc', { headers: { cookie: admin } }), 400);
    expectProblem(await send('GET', '/api/admin/calendar', { headers: { cookie: admin } }), 400);
    expectProblem(
      await send('PUT', '/api/admin/calendar/2026-02-30', {
        headers: { cookie: admin },
        payload: { working: true },
      }),
      400,
    );
  });

  it('unknown keys are ignored; a search is literal, whatever SQL or wildcards it holds', async () => {
    const page = expectStatus<{ items: unknown[]; page: number; pageSize: number }>(
      await send('GET', '/api/cases?foo=bar&page=1&pageSize=100&orderBy=DROP'),
      200,
    );
    // `sort` is a known key: a value outside its list is refused, not ignored.
    expectProblem(await send('GET', '/api/cases?sort=DROP'), 400);
    expect(page).toMatchObject({ page: 1, pageSize: 100 });
    expect(page.items.length).toBeGreaterThan(0);
    // LIKE wildcards are searched for literally.
    const staff = await t.as('staff');
    const odd = expectStatus<CaseBody>(
      await staff.post('/api/cases', {
        source: 'MEDIA',
        title: '罚款打5折_100%\\',
        description: 'x',
        unitId: t.unitIds.unit1,
      }),
      201,
    );
    for (const q of ['5折_100%\\', '_100%', '%\\']) {
      const hit = expectStatus<{ items: { id: string }[] }>(
        await send('GET', `/api/cases?q=${encodeURIComponent(q)}`),
        200,
      );
      expect(hit.items.map((i) => i.id)).toEqual([odd.id]);
    }
    const before2 = await rowCounts(t);
    for (const q of ["' OR 1=1 --", '%%', '__', '\\\\', "'; DROP TABLE cases; --", '_5%']) {
      const res = expectStatus<{ items: unknown[]; total: number }>(
        await send('GET', `/api/cases?q=${encodeURIComponent(q)}`),
        200,
      );
      expect(res).toMatchObject({ items: [], total: 0 });
    }
    expectProblem(
      await t.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: "' OR 1=1 --", password: "' OR 1=1 --" },
      }),
      401,
    );
    expect(await rowCounts(t)).toEqual(before2);
  });
});

describe('without a session', () => {
  const PROTECTED: [InjectOptions['method'], string, unknown?][] = [
    ['GET', '/api/auth/me'],
    ['GET', '/api/cases'],
    ['POST', '/api/cases', { source: 'HOTLINE', title: 'x', description: 'y' }],
    ['GET', '/api/cases/ID'],
    ['POST', '/api/cases/ID/actions', { action: 'refer', version: 1, reason: 'x' }],
    ['GET', '/api/cases/ID/events'],
    ['GET', '/api/cases/ID/attachments'],
    ['POST', '/api/cases/ID/attachments'],
    ['GET', `/api/cases/ID/attachments/${randomUUID()}`],
    ['GET', '/api/cases/ID/reply-draft'],
    ['PUT', '/api/cases/ID/reply-draft', { kind: 'RECTIFICATION', text: 'x' }],
    ['GET', '/api/my/reports'],
    ['GET', '/api/units'],
    ['GET', '/api/stats'],
    ['GET', '/api/admin/calendar?year=2026'],
    ['PUT', '/api/admin/calendar/2026-03-09', { working: true }],
    ['GET', '/api/admin/deadline-policy'],
    ['PUT', '/api/admin/deadline-policy', { defaultWorkingDays: 10 }],
  ];

  it.each(PROTECTED)(
    '%s %s → 401, with no cookie, a bogus one, or a hostile body',
    async (method, path, payload) => {
      const url = path.replace('ID', c.id);
      const before = await rowCounts(t);
      for (const headers of [{}, { cookie: 'sp_session=forged' }, { cookie: 'other=1' }]) {
        const res = await t.inject({
          method,
          url,
          headers,
          ...(payload ? { payload: payload as object } : {}),
        });
        expectProblem(res, 401);
      }
      // 401 comes before the body is even read: no 413 or 400 for a stranger.
      const big = await t.inject({
        method,
        url,
        headers: { 'content-type': 'application/json' },
        payload: `{"x":"${'y'.repeat(1_200_000)}"}`,
      });
      expectProblem(big, 401);
      expectProblem(await t.inject({ method, url: url.replace(c.id, 'not-a-uuid') }), 401);
      expect(await rowCounts(t)).toEqual(before);
    },
  );

  it('public routes stay open', async () => {
    expect(expectStatus(await t.inject({ method: 'GET', url: '/api/health' }), 200)).toEqual({
      status: 'ok',
      db: 'ok',
    });
    expect(
      expectStatus<unknown[]>(await t.inject({ method: 'GET', url: '/api/public/units' }), 200).length,
    ).toBe(5);
    expectProblem(await t.inject({ method: 'GET', url: '/api/nothing-here' }), 404);
    expectProblem(await t.inject({ method: 'DELETE', url: `/api/cases/${c.id}` }), 404);
  });
});

describe('unusual but valid text', () => {
  it('emoji, RTL marks, zero-width and rare CJK are stored and returned verbatim', async () => {
    const title = '𠮷野家👨‍👩‍👧 ‮abc‬ zero​width 丨乂';
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a Log4Shell-style probe, taken literally
    const description = '\'; DROP TABLE cases; -- " OR 1=1 /* ${jndi:ldap://x} <script>alert(1)</script>';
    const staff = await t.as('staff');
    const created = expectStatus<CaseBody>(
      await staff.post('/api/cases', { source: 'MEDIA', title, description, unitId: t.unitIds.unit2 }),
      201,
    );
    const read = expectStatus<CaseBody>(await staff.get(`/api/cases/${created.id}`), 200);
    expect(read.title).toBe(title);
    expect(read.description).toBe(description);
    const found = expectStatus<{ items: CaseBody[] }>(
      await staff.get(`/api/cases?q=${encodeURIComponent('👨‍👩‍👧')}`),
      200,
    );
    expect(found.items.map((i) => i.id)).toEqual([created.id]);
  });
});
