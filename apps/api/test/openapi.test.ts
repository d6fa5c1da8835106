import { ACTION_NAMES } from '@sp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, expectStatus, type TestApp } from './helper.ts';

// The OpenAPI document describes every contract route (api-contract.md), the interactive docs
// answer, and the test-clock routes exist only when the app is built with the test clock.

type OpenApi = {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<
    string,
    Record<string, { requestBody?: unknown; parameters?: { name: string; in: string }[] }>
  >;
};

const CONTRACT: [string, string][] = [
  ['post', '/api/auth/login'],
  ['get', '/api/auth/me'],
  ['post', '/api/auth/logout'],
  ['post', '/api/cases'],
  ['get', '/api/cases'],
  ['get', '/api/cases/{id}'],
  ['post', '/api/cases/{id}/actions'],
  ['get', '/api/cases/{id}/events'],
  ['post', '/api/public/reports'],
  ['get', '/api/public/units'],
  ['get', '/api/public/reports/{trackingCode}'],
  ['get', '/api/health'],
  ['post', '/api/test/clock'],
  ['post', '/api/test/sweep'],
];

const ALSO_SERVED: [string, string][] = [
  ['post', '/api/cases/{id}/attachments'],
  ['get', '/api/cases/{id}/attachments'],
  ['get', '/api/cases/{id}/attachments/{attachmentId}'],
  ['get', '/api/cases/{id}/reply-draft'],
  ['put', '/api/cases/{id}/reply-draft'],
  ['get', '/api/my/reports'],
  ['get', '/api/units'],
  ['get', '/api/stats'],
  ['get', '/api/monitoring'],
  ['get', '/api/circulars'],
  ['post', '/api/circulars'],
  ['get', '/api/circulars/{id}'],
  ['patch', '/api/circulars/{id}'],
  ['post', '/api/circulars/{id}/issue'],
];

let t: TestApp;
let doc: OpenApi;
beforeAll(async () => {
  t = await createTestApp();
  const res = await t.inject({ method: 'GET', url: '/api/openapi.json' });
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  doc = JSON.parse(res.body) as OpenApi;
});
afterAll(async () => t?.close());

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3 document', () => {
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info).toMatchObject({
      title: expect.stringContaining('执法监督'),
      version: expect.any(String),
    });
  });

  it.each([...CONTRACT, ...ALSO_SERVED])('describes %s %s', (method, path) => {
    expect(doc.paths[path], path).toBeDefined();
    expect(doc.paths[path]![method], `${method} ${path}`).toBeDefined();
  });

  it('every documented path is actually served (no phantom routes)', async () => {
    const cookie = (await t.as('admin')).cookie;
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const method of Object.keys(ops)) {
        if (path === '/api/auth/logout') continue; // would end the session used here
        if (path === '/api/events/stream') continue; // never ends: served in live.test.ts
        const url = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
        const res = await t.inject({ method: method.toUpperCase() as 'GET', url, headers: { cookie } });
        // Any answer but "no such route" (which would say so in its detail).
        expect(res.statusCode, `${method} ${path}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
        expect(res.body, `${method} ${path}`).not.toMatch(/no route/);
      }
    }
  });

  it('carries the request shapes: case creation, actions, public reports', () => {
    const body = (path: string) => JSON.stringify(doc.paths[path]?.post?.requestBody);
    for (const field of ['source', 'title', 'description', 'unitId', 'reporter', 'occurredAt'])
      expect(body('/api/cases')).toContain(`"${field}"`);
    for (const action of ACTION_NAMES) expect(body('/api/cases/{id}/actions')).toContain(`"${action}"`);
    expect(body('/api/cases/{id}/actions')).toContain('"version"');
    for (const field of ['title', 'description', 'unitName', 'unitId', 'contact'])
      expect(body('/api/public/reports')).toContain(`"${field}"`);
    const query = (doc.paths['/api/cases']?.get?.parameters ?? [])
      .filter((p) => p.in === 'query')
      .map((p) => p.name);
    expect(query).toEqual(
      expect.arrayContaining(['page', 'pageSize', 'state', 'unitId', 'overdue', 'dueSoon', 'q', 'source']),
    );
  });
});

describe('GET /api/docs', () => {
  it('answers with the interactive docs (directly or by redirect)', async () => {
    let res = await t.inject({ method: 'GET', url: '/api/docs' });
    if (res.statusCode >= 300 && res.statusCode < 400) {
      const location = String(res.headers.location);
      res = await t.inject({
        method: 'GET',
        url: location.startsWith('/') ? location : `/api/docs/${location}`,
      });
    }
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toMatch(/swagger/i);
  });
});

describe('without the test clock', () => {
  let prod: TestApp;
  beforeAll(async () => {
    prod = await createTestApp({ testClock: false });
  });
  afterAll(async () => prod?.close());

  it('POST /api/test/clock and /api/test/sweep are 404, and not documented', async () => {
    const clock = await prod.inject({
      method: 'POST',
      url: '/api/test/clock',
      payload: { now: '2030-01-01T00:00:00Z' },
    });
    expectProblem(clock, 404);
    expectProblem(await prod.inject({ method: 'POST', url: '/api/test/sweep' }), 404);
    expectProblem(
      await prod.inject({
        method: 'POST',
        url: '/api/test/sweep',
        headers: { cookie: (await prod.as('admin')).cookie },
      }),
      404,
    );
    // The clock was not moved.
    expect(prod.clock.now().toISOString()).toBe(prod.fixedNow.toISOString());
    const spec = expectStatus<OpenApi>(await prod.inject({ method: 'GET', url: '/api/openapi.json' }), 200);
    expect(Object.keys(spec.paths).filter((p) => p.startsWith('/api/test/'))).toEqual([]);
    expect(spec.paths['/api/cases']).toBeDefined();
  });

  it('the test-clock app does have them', async () => {
    expect(expectStatus(await t.inject({ method: 'POST', url: '/api/test/sweep' }), 200)).toEqual({
      referred: 0,
    });
  });
});
