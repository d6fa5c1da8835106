import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, expectStatus, type TestApp } from './helper.ts';

// User accounts kept by the administrator: one-time passwords shown once, unit roles tied to a
// unit, 409 DUPLICATE usernames, deactivation and reset ending sessions at once, role and unit
// changes applying from the next request, and no way to lock the office out.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

type User = {
  id: string;
  username: string;
  displayName: string;
  role: string;
  unitId: string | null;
  unitName: string | null;
  active: boolean;
  mustChangePassword: boolean;
  createdAt: string;
};
type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

const admin = () => t.as('admin');
const createUser = async (body: Record<string, unknown>) => (await admin()).post('/api/admin/users', body);
const me = (cookie: string) => t.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
const signIn = (username: string, password: string) =>
  t.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

/** A new account, signed in with its one-time password and then its own: returns its cookie. */
async function activeAccount(body: Record<string, unknown>): Promise<{ user: User; cookie: string }> {
  const { user, initialPassword } = expectStatus<{ user: User; initialPassword: string }>(
    await createUser(body),
    201,
  );
  const first = await t.login(user.username, initialPassword);
  const newPassword = `${user.username}-own-password`;
  const changed = await t.inject({
    method: 'POST',
    url: '/api/auth/password',
    headers: { cookie: first },
    payload: { currentPassword: initialPassword, newPassword },
  });
  expect(changed.statusCode).toBe(204);
  return { user, cookie: first };
}

describe('POST /api/admin/users', () => {
  it('creates a unit user: 201 { user, initialPassword }; only a hash is stored', async () => {
    const res = await createUser({
      username: 'sp.handler',
      displayName: '王芳（经办人）',
      role: 'UNIT_HANDLER',
      unitId: t.unitIds.unit1,
    });
    const body = expectStatus<{ user: User; initialPassword: string }>(res, 201);
    expect(body.user).toEqual({
      id: expect.any(String),
      username: 'sp.handler',
      displayName: '王芳（经办人）',
      role: 'UNIT_HANDLER',
      unitId: t.unitIds.unit1,
      unitName: '市市场监督管理局',
      email: null,
      active: true,
      mustChangePassword: true,
      createdAt: expect.any(String),
    });
    expect(body.initialPassword).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const row = await t.prisma.user.findUniqueOrThrow({ where: { id: body.user.id } });
    expect(row.passwordHash).not.toContain(body.initialPassword);
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    // The one-time password signs in, and nothing else is reachable until it is changed.
    const cookie = await t.login('sp.handler', body.initialPassword);
    expect(expectStatus<{ mustChangePassword: boolean }>(await me(cookie), 200).mustChangePassword).toBe(
      true,
    );
  });

  it('gives each account its own one-time password', async () => {
    const a = expectStatus<{ initialPassword: string }>(
      await createUser({ username: 'center.a', displayName: '甲', role: 'CENTER_STAFF' }),
      201,
    );
    const b = expectStatus<{ initialPassword: string }>(
      await createUser({ username: 'center.b', displayName: '乙', role: 'CENTER_STAFF' }),
      201,
    );
    expect(a.initialPassword).not.toBe(b.initialPassword);
  });

  it('unit roles need a unitId, other roles have none: 400 VALIDATION on unitId', async () => {
    const before = await t.prisma.user.count();
    const cases: Record<string, unknown>[] = [
      { username: 'u.one', displayName: '甲', role: 'UNIT_LEADER' },
      { username: 'u.two', displayName: '乙', role: 'UNIT_HANDLER', unitId: null },
      { username: 'u.three', displayName: '丙', role: 'CENTER_STAFF', unitId: t.unitIds.unit1 },
      { username: 'u.four', displayName: '丁', role: 'ADMIN', unitId: t.unitIds.unit2 },
    ];
    for (const body of cases) {
      const problem = expectProblem(await createUser(body), 400);
      expect(problem.code).toBe('VALIDATION');
      expect(problem.errors).toEqual([{ path: 'unitId', message: expect.any(String) }]);
    }
    expect(await t.prisma.user.count()).toBe(before);
  });

  it('refuses bad input with field paths', async () => {
    const problem = expectProblem(
      await createUser({ username: 'x', displayName: '', role: 'BOSS', unitId: 'nope' }),
      400,
    );
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['displayName', 'role', 'unitId', 'username']);
    const spaces = expectProblem(
      await createUser({ username: 'zhang san', displayName: '张三', role: 'SUPERVISOR' }),
      400,
    );
    expect(spaces.errors).toEqual([{ path: 'username', message: expect.stringMatching(/字母、数字/) }]);
    // Fields the contract does not know are ignored: they cannot skip the password change.
    const extra = expectStatus<{ user: User }>(
      await createUser({
        username: 'zhang.san',
        displayName: '张三',
        role: 'SUPERVISOR',
        mustChangePassword: false,
      }),
      201,
    );
    expect(extra.user.mustChangePassword).toBe(true);
  });

  it('a taken username (whatever its case) is 409 DUPLICATE', async () => {
    for (const username of ['staff', 'STAFF', 'Unit1.Leader']) {
      const problem = expectProblem(
        await createUser({ username, displayName: '某', role: 'CENTER_STAFF' }),
        409,
      );
      expect(problem).toMatchObject({
        code: 'DUPLICATE',
        errors: [{ path: 'username', message: expect.any(String) }],
      });
    }
  });

  it('an unknown or inactive unit is refused with 422', async () => {
    const unknown = expectProblem(
      await createUser({
        username: 'no.unit',
        displayName: '某',
        role: 'UNIT_HANDLER',
        unitId: randomUUID(),
      }),
      422,
    );
    expect(unknown.errors).toEqual([{ path: 'unitId', message: expect.any(String) }]);
    const closed = await t.prisma.unit.create({ data: { name: '已撤销的执法局', active: false } });
    const inactive = expectProblem(
      await createUser({
        username: 'closed.unit',
        displayName: '某',
        role: 'UNIT_HANDLER',
        unitId: closed.id,
      }),
      422,
    );
    expect(inactive.detail).toMatch(/已停用/);
    expect(await t.prisma.user.count({ where: { username: { in: ['no.unit', 'closed.unit'] } } })).toBe(0);
  });
});

describe('PATCH /api/admin/users/:id', () => {
  it('deactivating ends the user’s sessions: the next request is 401, and sign-in fails', async () => {
    const { user, cookie } = await activeAccount({
      username: 'leaving',
      displayName: '调离人员',
      role: 'CENTER_STAFF',
    });
    expectStatus(await t.inject({ method: 'GET', url: '/api/cases', headers: { cookie } }), 200);
    const after = expectStatus<User>(
      await (await admin()).patch(`/api/admin/users/${user.id}`, { active: false }),
      200,
    );
    expect(after.active).toBe(false);
    expectProblem(await t.inject({ method: 'GET', url: '/api/cases', headers: { cookie } }), 401);
    expect(await t.prisma.session.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    expectProblem(await signIn('leaving', 'leaving-own-password'), 401);
    // Reactivated, they sign in again (old sessions stay ended).
    expectStatus(await (await admin()).patch(`/api/admin/users/${user.id}`, { active: true }), 200);
    expectProblem(await me(cookie), 401);
    expectStatus(await signIn('leaving', 'leaving-own-password'), 200);
  });

  it('role and unit changes apply from the next request', async () => {
    const { user, cookie } = await activeAccount({
      username: 'moving',
      displayName: '轮岗人员',
      role: 'UNIT_HANDLER',
      unitId: t.unitIds.unit1,
    });
    const a = await admin();
    expect(expectStatus<User>(await me(cookie), 200)).toMatchObject({
      role: 'UNIT_HANDLER',
      unitId: t.unitIds.unit1,
    });
    expectStatus(await a.patch(`/api/admin/users/${user.id}`, { unitId: t.unitIds.unit2 }), 200);
    expect(expectStatus<User>(await me(cookie), 200).unitId).toBe(t.unitIds.unit2);
    // Moving to the center drops the unit without being told.
    const moved = expectStatus<User>(
      await a.patch(`/api/admin/users/${user.id}`, { role: 'CENTER_STAFF' }),
      200,
    );
    expect(moved).toMatchObject({ role: 'CENTER_STAFF', unitId: null, unitName: null });
    expect(expectStatus<User>(await me(cookie), 200)).toMatchObject({ role: 'CENTER_STAFF', unitId: null });
    expectStatus(await t.inject({ method: 'GET', url: '/api/stats', headers: { cookie } }), 200);
    const renamed = expectStatus<User>(
      await a.patch(`/api/admin/users/${user.id}`, { displayName: '张敏' }),
      200,
    );
    expect(renamed.displayName).toBe('张敏');
  });

  it('refuses role/unit mismatches (400), inactive units (422), unknown users (404) — nothing changed', async () => {
    const { user } = await activeAccount({
      username: 'steady',
      displayName: '某',
      role: 'UNIT_LEADER',
      unitId: t.unitIds.unit1,
    });
    const a = await admin();
    expectProblem(await a.patch(`/api/admin/users/${user.id}`, { unitId: null }), 400);
    expectProblem(
      await a.patch(`/api/admin/users/${user.id}`, { role: 'DISCIPLINE', unitId: t.unitIds.unit2 }),
      400,
    );
    const closed = await t.prisma.unit.create({ data: { name: '另一个撤销的局', active: false } });
    expectProblem(await a.patch(`/api/admin/users/${user.id}`, { unitId: closed.id }), 422);
    expectProblem(await a.patch(`/api/admin/users/${user.id}`, { displayName: '' }), 400);
    expectProblem(await a.patch(`/api/admin/users/${user.id}`, { active: 'no' }), 400);
    expectProblem(await a.patch(`/api/admin/users/${randomUUID()}`, { displayName: '某' }), 404);
    expectProblem(await a.patch('/api/admin/users/nope', { displayName: '某' }), 404);
    expect(await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      role: 'UNIT_LEADER',
      unitId: t.unitIds.unit1,
      displayName: '某',
      active: true,
    });
  });

  it('never locks the office out: no self-deactivation or self-demotion, the last admin stays', async () => {
    const a = await admin();
    const self = await t.prisma.user.findUniqueOrThrow({ where: { username: 'admin' } });
    expect(
      expectProblem(await a.patch(`/api/admin/users/${self.id}`, { active: false }), 422).detail,
    ).toMatch(/自己/);
    expectProblem(await a.patch(`/api/admin/users/${self.id}`, { role: 'CENTER_STAFF' }), 422);
    const { user: second } = await activeAccount({
      username: 'admin.two',
      displayName: '副管理员',
      role: 'ADMIN',
    });
    const { user: third } = await activeAccount({
      username: 'admin.three',
      displayName: '另一管理员',
      role: 'ADMIN',
    });
    // Another administrator may be deactivated or demoted while one remains.
    expectStatus(await a.patch(`/api/admin/users/${third.id}`, { active: false }), 200);
    expectStatus(
      await a.patch(`/api/admin/users/${third.id}`, { active: true, role: 'CENTER_DIRECTOR' }),
      200,
    );
    // The second administrator, signed in again, may not deactivate itself either.
    const cookie = await t.login('admin.two', 'admin.two-own-password');
    const asSecond = (body: unknown) =>
      t.inject({
        method: 'PATCH',
        url: `/api/admin/users/${second.id}`,
        headers: { cookie },
        payload: body as object,
      });
    expectProblem(await asSecond({ active: false }), 422);
    expectProblem(await asSecond({ role: 'SUPERVISOR' }), 422);
    expect(await t.prisma.user.count({ where: { role: 'ADMIN', active: true } })).toBe(2);
  });
});

describe('POST /api/admin/users/:id/reset-password', () => {
  it('gives a new one-time password, ends every session, and forces a change again', async () => {
    const { user, cookie } = await activeAccount({
      username: 'forgetful',
      displayName: '忘记密码的人',
      role: 'SUPERVISOR',
    });
    const other = await t.login('forgetful', 'forgetful-own-password');
    const { initialPassword } = expectStatus<{ initialPassword: string }>(
      await (await admin()).post(`/api/admin/users/${user.id}/reset-password`),
      200,
    );
    expect(initialPassword).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expectProblem(await me(cookie), 401);
    expectProblem(await me(other), 401);
    expectProblem(await signIn('forgetful', 'forgetful-own-password'), 401);
    const fresh = await t.login('forgetful', initialPassword);
    const problem = expectProblem(
      await t.inject({ method: 'GET', url: '/api/my/reports', headers: { cookie: fresh } }),
      403,
    );
    expect(problem.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expectProblem(await (await admin()).post(`/api/admin/users/${randomUUID()}/reset-password`), 404);
  });
});

describe('GET /api/admin/users', () => {
  it('pages and filters by keyword, role, unit and active', async () => {
    const a = await admin();
    const list = async (query: string) =>
      expectStatus<Page<User>>(await a.get(`/api/admin/users?${query}`), 200);
    const all = await list('pageSize=100');
    expect(all.total).toBe(await t.prisma.user.count());
    const page2 = await list('page=2&pageSize=3');
    expect(page2).toMatchObject({ page: 2, pageSize: 3, total: all.total });
    expect(page2.items.map((u) => u.id)).toEqual(all.items.slice(3, 6).map((u) => u.id));
    const leaders = await list('role=UNIT_LEADER');
    expect(leaders.items.length).toBeGreaterThan(0);
    expect(leaders.items.every((u) => u.role === 'UNIT_LEADER')).toBe(true);
    const unit2 = await list(`unitId=${t.unitIds.unit2}`);
    expect(unit2.items.map((u) => u.username)).toEqual(
      expect.arrayContaining(['unit2.handler', 'unit2.leader']),
    );
    expect(unit2.items.every((u) => u.unitId === t.unitIds.unit2)).toBe(true);
    const byName = await list(`q=${encodeURIComponent('城管')}`);
    expect(byName.items.map((u) => u.username)).toEqual(
      expect.arrayContaining(['unit2.handler', 'unit2.leader']),
    );
    const byUnitName = await list(`q=${encodeURIComponent('市场监督')}`);
    expect(byUnitName.items.map((u) => u.username)).toContain('unit1.leader');
    const byUsername = await list('q=DISCIPL');
    expect(byUsername.items.map((u) => u.username)).toEqual(['discipline']);
    await t.prisma.user.update({ where: { username: 'supervisor' }, data: { active: false } });
    const inactive = await list('active=false');
    expect(inactive.items.map((u) => u.username)).toContain('supervisor');
    expect(inactive.items.every((u) => !u.active)).toBe(true);
    expect((await list('active=true')).items.every((u) => u.active)).toBe(true);
    await t.prisma.user.update({ where: { username: 'supervisor' }, data: { active: true } });
    expectProblem(await a.get('/api/admin/users?role=BOSS'), 400);
    expectProblem(await a.get('/api/admin/users?unitId=nope'), 400);
    expect(JSON.stringify(all)).not.toMatch(/passwordHash|"password"|argon2/i);
  });
});
