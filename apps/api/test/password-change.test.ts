import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/lib/passwords.ts';
import { DEMO_PASSWORD } from '../src/seeds/demo-data.ts';
import { createTestApp, expectProblem, expectStatus, type TestApp } from './helper.ts';

// One-time passwords (api-contract v2): until the user picks their own, every route that acts
// for them answers 403 PASSWORD_CHANGE_REQUIRED — except GET /api/auth/me, POST /api/auth/logout
// and POST /api/auth/password. The change itself: the policy, the current password asked
// again, and every other session of the user ended.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const ALLOWED = ['GET /api/auth/me', 'POST /api/auth/logout', 'POST /api/auth/password'];
/** Routes that act for nobody (no session needed), so a one-time password changes nothing there. */
const OPEN =
  /^(POST \/api\/auth\/login|POST \/api\/auth\/logout|\w+ \/api\/public\/|GET \/api\/health|GET \/api\/openapi\.json|POST \/api\/test\/)/;

/** A new account of `role`, signed in with its one-time password. */
async function freshAccount(username: string, role = 'CENTER_STAFF') {
  const admin = await t.as('admin');
  const { user, initialPassword } = expectStatus<{ user: { id: string }; initialPassword: string }>(
    await admin.post('/api/admin/users', { username, displayName: '新同事', role }),
    201,
  );
  return { id: user.id, initialPassword, cookie: await t.login(username, initialPassword) };
}

const changePassword = (cookie: string, body: unknown) =>
  t.inject({ method: 'POST', url: '/api/auth/password', headers: { cookie }, payload: body as object });

describe('PASSWORD_CHANGE_REQUIRED', () => {
  it('every route in the OpenAPI document but the three answers 403 PASSWORD_CHANGE_REQUIRED', async () => {
    const { cookie } = await freshAccount('first.day', 'ADMIN');
    const doc = expectStatus<{ paths: Record<string, Record<string, unknown>> }>(
      await t.inject({ method: 'GET', url: '/api/openapi.json' }),
      200,
    );
    const routes = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(routes.length).toBeGreaterThan(20);
    const guarded = routes.filter((r) => !OPEN.test(r) && !ALLOWED.includes(r));
    expect(guarded).toEqual(
      expect.arrayContaining(['GET /api/cases', 'GET /api/admin/users', 'POST /api/admin/import']),
    );
    const before = await t.prisma.user.count();
    for (const route of guarded) {
      const [method, path] = route.split(' ') as [InjectOptions['method'], string];
      const url = path.replace(/\{[^}]+\}/g, randomUUID());
      const withBody = method === 'POST' || method === 'PUT' || method === 'PATCH';
      const res = await t.inject({ method, url, headers: { cookie }, ...(withBody ? { payload: {} } : {}) });
      expect(`${route} → ${res.statusCode} ${JSON.parse(res.body).code}`).toBe(
        `${route} → 403 PASSWORD_CHANGE_REQUIRED`,
      );
    }
    expect(await t.prisma.user.count()).toBe(before);
    // The three still work.
    expect(
      expectStatus<{ mustChangePassword: boolean }>(
        await t.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } }),
        200,
      ),
    ).toMatchObject({ username: 'first.day', mustChangePassword: true });
    expectProblem(await changePassword(cookie, { currentPassword: 'wrong', newPassword: 'x' }), 400);
    expect(
      (await t.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })).statusCode,
    ).toBe(204);
  });

  it('after the change, everything the role allows works', async () => {
    const { cookie, initialPassword } = await freshAccount('second.day');
    expect(
      expectProblem(await t.inject({ method: 'GET', url: '/api/cases', headers: { cookie } }), 403).code,
    ).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(
      (await changePassword(cookie, { currentPassword: initialPassword, newPassword: 'my-own-passphrase' }))
        .statusCode,
    ).toBe(204);
    expectStatus(await t.inject({ method: 'GET', url: '/api/cases', headers: { cookie } }), 200);
    const me = expectStatus<{ mustChangePassword: boolean }>(
      await t.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } }),
      200,
    );
    expect(me.mustChangePassword).toBe(false);
    expect(
      (await t.prisma.user.findUniqueOrThrow({ where: { username: 'second.day' } })).mustChangePassword,
    ).toBe(false);
  });
});

describe('POST /api/auth/password', () => {
  it('204; the current session stays, every other session of the user ends', async () => {
    const a = await t.login('unit1.handler');
    const b = await t.login('unit1.handler');
    const other = await t.login('unit1.leader');
    const res = await changePassword(a, { currentPassword: DEMO_PASSWORD, newPassword: 'wang.fang.2026' });
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expectStatus(await t.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: a } }), 200);
    expectProblem(await t.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: b } }), 401);
    expectStatus(await t.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: other } }), 200);
    expectProblem(
      await t.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'unit1.handler', password: DEMO_PASSWORD },
      }),
      401,
    );
    expectStatus(
      await t.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'unit1.handler', password: 'wang.fang.2026' },
      }),
      200,
    );
  });

  it('refuses the policy’s breaches with clear messages on newPassword, changing nothing', async () => {
    const cookie = await t.login('unit2.handler');
    const hash = async () =>
      (await t.prisma.user.findUniqueOrThrow({ where: { username: 'unit2.handler' } })).passwordHash;
    const before = await hash();
    const cases: [string, RegExp][] = [
      ['Short#1', /至少 10 个字符/],
      ['unit2.handler', /不能与用户名相同/],
      ['UNIT2.HANDLER', /不能与用户名相同/],
      [DEMO_PASSWORD, /至少 10 个字符/],
    ];
    for (const [newPassword, message] of cases) {
      const problem = expectProblem(
        await changePassword(cookie, { currentPassword: DEMO_PASSWORD, newPassword }),
        400,
      );
      expect(problem.code).toBe('VALIDATION');
      expect(problem.errors).toContainEqual({ path: 'newPassword', message: expect.stringMatching(message) });
    }
    // The same long password again: "not the old one".
    await t.prisma.user.update({
      where: { username: 'unit2.handler' },
      data: { passwordHash: await hashPassword('old-but-long-enough') },
    });
    const again = expectProblem(
      await changePassword(cookie, {
        currentPassword: 'old-but-long-enough',
        newPassword: 'old-but-long-enough',
      }),
      400,
    );
    expect(again.errors).toEqual([
      { path: 'newPassword', message: expect.stringMatching(/不能与原密码相同/) },
    ]);
    expect(await hash()).not.toBe(before);
    const missing = expectProblem(await changePassword(cookie, {}), 400);
    expect(missing.errors?.map((e) => e.path).sort()).toEqual(['currentPassword', 'newPassword']);
  });

  it('a wrong current password is 400 on currentPassword and counts towards the sign-in throttle', async () => {
    const cookie = await t.login('discipline');
    for (let i = 0; i < 10; i++) {
      const problem = expectProblem(
        await changePassword(cookie, { currentPassword: `guess-${i}`, newPassword: 'brand-new-password' }),
        400,
      );
      expect(problem.errors).toEqual([
        { path: 'currentPassword', message: expect.stringMatching(/当前密码不正确/) },
      ]);
    }
    expectProblem(
      await changePassword(cookie, { currentPassword: DEMO_PASSWORD, newPassword: 'brand-new-password' }),
      429,
    );
    expectProblem(
      await t.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'discipline', password: DEMO_PASSWORD },
      }),
      429,
    );
    await t.prisma.loginFailure.deleteMany({ where: { username: 'discipline' } });
  });

  it('needs a session', async () => {
    expectProblem(
      await t.inject({
        method: 'POST',
        url: '/api/auth/password',
        payload: { currentPassword: 'a', newPassword: 'b' },
      }),
      401,
    );
  });
});
