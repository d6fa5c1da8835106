import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/seeds/demo-data.ts';
import { createTestApp, expectProblem, expectStatus, json, type TestApp } from './helper.ts';

// Sign-in, the session cookie, /me, sign-out, and the brute-force throttle (failures only,
// counted per username in the database so every instance shares them).

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const login = (username: string, password: string) =>
  t.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
const me = (cookie?: string) =>
  t.inject({ method: 'GET', url: '/api/auth/me', headers: cookie ? { cookie } : {} });

describe('sessions', () => {
  it('login answers { user } and sets an httpOnly, SameSite=Strict session cookie', async () => {
    const res = await login('unit1.handler', DEMO_PASSWORD);
    const body = expectStatus<{ user: Record<string, unknown> }>(res, 200);
    expect(body.user).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      username: 'unit1.handler',
      displayName: '王芳（市场监管局经办人）',
      role: 'UNIT_HANDLER',
      unitId: t.unitIds.unit1,
    });
    expect(JSON.stringify(body)).not.toMatch(/password|hash/i);
    const cookie = res.cookies.find((c) => c.name === 'sp_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie.value.length).toBeGreaterThanOrEqual(32);
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly/);
    expect(String(res.headers['set-cookie'])).toMatch(/SameSite=Strict/);
    // Only a hash of the token is stored.
    const rows = await t.prisma.session.findMany({ where: { tokenHash: cookie.value } });
    expect(rows).toEqual([]);
  });

  it('/me returns the contract shape for each kind of user', async () => {
    const staff = expectStatus<Record<string, unknown>>(await me((await t.as('staff')).cookie), 200);
    expect(staff).toMatchObject({ username: 'staff', role: 'CENTER_STAFF', unitId: null });
    for (const key of ['id', 'username', 'displayName', 'role', 'unitId']) expect(staff).toHaveProperty(key);
    const leader = expectStatus<Record<string, unknown>>(await me((await t.as('unit2.leader')).cookie), 200);
    expect(leader).toMatchObject({ username: 'unit2.leader', role: 'UNIT_LEADER', unitId: t.unitIds.unit2 });
    expectProblem(await me(), 401);
    expectProblem(await me('sp_session=not-a-session'), 401);
    expectProblem(await me(`sp_session=${'x'.repeat(4000)}`), 401);
  });

  it('unknown user and wrong password get the same 401', async () => {
    const unknown = await login('nobody-here', DEMO_PASSWORD);
    const wrong = await login('director', 'Demo#2025');
    expectProblem(unknown, 401);
    expectProblem(wrong, 401);
    expect(json(unknown)).toEqual(json(wrong));
    expect(unknown.cookies).toEqual([]);
    expect(wrong.cookies).toEqual([]);
    expectProblem(await login('director', DEMO_PASSWORD.toLowerCase()), 401);
    expectProblem(
      await t.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'director' } }),
      400,
    );
  });

  it('logout → 204; the cookie no longer works, here or anywhere', async () => {
    const cookie = await t.login('director');
    expectStatus(await me(cookie), 200);
    const out = await t.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect(out.body).toBe('');
    expect(String(out.headers['set-cookie'])).toMatch(/sp_session=;/);
    expectProblem(await me(cookie), 401);
    expectProblem(await t.inject({ method: 'GET', url: '/api/cases', headers: { cookie } }), 401);
    const revoked = await t.prisma.session.count({ where: { revokedAt: { not: null } } });
    expect(revoked).toBeGreaterThanOrEqual(1);
    // Logging out without a session is harmless.
    expect((await t.inject({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
    // Other sessions of the same user are not affected.
    const other = await t.login('director');
    expectStatus(await me(other), 200);
  });

  it('a deactivated user is signed out at once', async () => {
    const cookie = await t.login('unit2.handler');
    expectStatus(await me(cookie), 200);
    await t.prisma.user.update({ where: { username: 'unit2.handler' }, data: { active: false } });
    expectProblem(await me(cookie), 401);
    expectProblem(await login('unit2.handler', DEMO_PASSWORD), 401);
    await t.prisma.user.update({ where: { username: 'unit2.handler' }, data: { active: true } });
  });
});

describe('login throttle', () => {
  it('10 failures for one username → 429, even with the right password; others are unaffected', async () => {
    for (let i = 0; i < 10; i++) expectProblem(await login('supervisor', `wrong-${i}`), 401);
    const blocked = expectProblem(await login('supervisor', DEMO_PASSWORD), 429);
    expect(blocked.title).toBe('Too Many Requests');
    const res = await login('supervisor', DEMO_PASSWORD);
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.cookies).toEqual([]);
    // Another user from the same address signs in normally.
    expectStatus(await login('discipline', DEMO_PASSWORD), 200);
    expect(await t.prisma.loginFailure.count({ where: { username: 'supervisor' } })).toBe(10);
  });

  it('only failures count: a success clears them, so people who type it right are never slowed', async () => {
    for (let i = 0; i < 9; i++) expectProblem(await login('unit1.leader', 'nope'), 401);
    expectStatus(await login('unit1.leader', DEMO_PASSWORD), 200);
    expect(await t.prisma.loginFailure.count({ where: { username: 'unit1.leader' } })).toBe(0);
    for (let i = 0; i < 9; i++) expectProblem(await login('unit1.leader', 'nope'), 401);
    expectStatus(await login('unit1.leader', DEMO_PASSWORD), 200);
    for (let i = 0; i < 20; i++) expectStatus(await login('unit1.leader', DEMO_PASSWORD), 200);
  });

  it('unknown usernames are throttled the same way', async () => {
    for (let i = 0; i < 10; i++) expectProblem(await login('ghost', 'x'), 401);
    expectProblem(await login('ghost', 'x'), 429);
  });
});

describe('public rate limit', () => {
  it('more than 30 reports a minute from one address → 429 problem+json, nothing stored', async () => {
    const before = await t.prisma.case.count();
    // An unknown unit id is refused (422) before anything is stored: each try costs no row.
    const report = { title: '投诉', description: '内容', unitId: '00000000-0000-4000-8000-000000000000' };
    for (let i = 0; i < 30; i++) {
      const problem = expectProblem(
        await t.inject({ method: 'POST', url: '/api/public/reports', payload: report }),
        422,
      );
      expect(problem.errors).toEqual([{ path: 'unitId', message: expect.any(String) }]);
    }
    const limited = await t.inject({ method: 'POST', url: '/api/public/reports', payload: report });
    expectProblem(limited, 429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(await t.prisma.case.count()).toBe(before);
    // Tracking stays available.
    expectProblem(await t.inject({ method: 'GET', url: '/api/public/reports/ABCD-EFGH-JKMN-PQRS' }), 404);
  });
});
