import type { ActionName, CaseState } from '@sp/domain';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/lib/passwords.ts';
import { DEMO_PASSWORD } from '../src/seeds/demo-data.ts';
import { type CaseBody, caseIn, getCase, PAYLOADS, step } from './flows.ts';
import {
  createTestApp,
  DEMO_USERNAMES,
  type DemoUser,
  expectProblem,
  expectStatus,
  type TestApp,
} from './helper.ts';

// Role × action over HTTP. For every action a case (of unit 1, registered by staff) waits in the
// right state, and every demo user tries it: only the right role gets 200; a user who can see
// the case but has the wrong role gets 403; a user who cannot see it gets 404, exactly as if it
// did not exist (unit 2 always, unit 1 before the notice, the supervisor and admin on cases
// they did not file, discipline before a referral). A refused attempt changes nothing.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

type Setup = CaseState | 'EXTENSION_PENDING';

const MATRIX: { action: ActionName; setup: Setup; allowed: DemoUser[] }[] = [
  { action: 'start_assessment', setup: 'RECEIVED', allowed: ['staff'] },
  { action: 'dismiss', setup: 'ASSESSING', allowed: ['staff'] },
  { action: 'transfer_out', setup: 'ASSESSING', allowed: ['staff'] },
  { action: 'open_investigation', setup: 'ASSESSING', allowed: ['staff'] },
  { action: 'add_evidence', setup: 'INVESTIGATING', allowed: ['staff'] },
  { action: 'conclude_no_violation', setup: 'INVESTIGATING', allowed: ['staff'] },
  { action: 'draft_notice', setup: 'INVESTIGATING', allowed: ['staff'] },
  { action: 'return_draft', setup: 'NOTICE_PENDING_APPROVAL', allowed: ['director'] },
  { action: 'approve_notice', setup: 'NOTICE_PENDING_APPROVAL', allowed: ['director'] },
  { action: 'acknowledge', setup: 'AWAITING_REPLY', allowed: ['unit1.handler', 'unit1.leader'] },
  { action: 'submit_rectification', setup: 'AWAITING_REPLY', allowed: ['unit1.leader'] },
  { action: 'object', setup: 'AWAITING_REPLY', allowed: ['unit1.leader'] },
  { action: 'request_extension', setup: 'AWAITING_REPLY', allowed: ['unit1.leader'] },
  { action: 'grant_extension', setup: 'EXTENSION_PENDING', allowed: ['director'] },
  { action: 'deny_extension', setup: 'EXTENSION_PENDING', allowed: ['director'] },
  { action: 'accept_rectification', setup: 'REPLY_UNDER_REVIEW', allowed: ['staff'] },
  { action: 'reject_rectification', setup: 'REPLY_UNDER_REVIEW', allowed: ['staff'] },
  { action: 'uphold_objection', setup: 'RECHECKING', allowed: ['director'] },
  { action: 'dismiss_objection', setup: 'RECHECKING', allowed: ['staff'] },
  { action: 'refer', setup: 'AWAITING_REPLY', allowed: ['director'] },
  { action: 'refer_overdue', setup: 'AWAITING_REPLY', allowed: [] }, // the system only
  { action: 'accept_referral', setup: 'REFERRED', allowed: ['discipline'] },
  { action: 'record_disposition', setup: 'REFERRED', allowed: ['discipline'] },
];

const NOTICE_ISSUED: Setup[] = [
  'AWAITING_REPLY',
  'EXTENSION_PENDING',
  'REPLY_UNDER_REVIEW',
  'RECHECKING',
  'REFERRED',
];

/** Whether `user` may see a unit-1 case created by staff in this state (product.md scoping). */
function canSee(user: DemoUser, setup: Setup): boolean {
  if (user === 'staff' || user === 'director') return true;
  if (user === 'unit1.handler' || user === 'unit1.leader') return NOTICE_ISSUED.includes(setup);
  if (user === 'discipline') return setup === 'REFERRED';
  return false; // unit 2, the supervisor, admin
}

async function prepare(setup: Setup): Promise<CaseBody> {
  if (setup !== 'EXTENSION_PENDING') return caseIn(t, setup);
  const c = await caseIn(t, 'AWAITING_REPLY');
  return step(t, 'unit1.leader', c.id, 'request_extension');
}

describe.each(MATRIX)('$action in $setup', ({ action, setup, allowed }) => {
  const refused = DEMO_USERNAMES.filter((u) => !allowed.includes(u));

  it(`refuses ${refused.length} users with 403/404 and changes nothing`, async () => {
    const c = await prepare(setup);
    const eventsBefore = await t.prisma.caseEvent.count({ where: { caseId: c.id } });
    const outcomes: Record<string, number> = {};
    for (const user of refused) {
      const res = await (await t.as(user)).act(c.id, action, PAYLOADS[action]);
      outcomes[user] = res.statusCode;
      expectProblem(res, res.statusCode);
    }
    const expected = Object.fromEntries(refused.map((u) => [u, canSee(u, setup) ? 403 : 404]));
    expect(outcomes).toEqual(expected);
    expect(await t.version(c.id)).toBe(c.version);
    expect(await t.prisma.caseEvent.count({ where: { caseId: c.id } })).toBe(eventsBefore);
    // allowedActions agrees with the refusals for everyone who can read the case.
    for (const user of refused.filter((u) => canSee(u, setup)))
      expect((await getCase(t, user, c.id)).allowedActions).not.toContain(action);
  });

  it.each(allowed)('lets %s take it (200, version + 1)', async (user) => {
    const c = await prepare(setup);
    expect((await getCase(t, user, c.id)).allowedActions).toContain(action);
    const after = expectStatus<CaseBody>(await (await t.as(user)).act(c.id, action, PAYLOADS[action]), 200);
    expect(after.version).toBe(c.version + 1);
    expect(await t.version(c.id)).toBe(c.version + 1);
    const last = await t.prisma.caseEvent.findFirstOrThrow({
      where: { caseId: c.id },
      orderBy: { seq: 'desc' },
    });
    expect(last).toMatchObject({ action, seq: c.version + 1, fromState: c.state });
    expect(last.actorRole).toBe((await t.prisma.user.findUniqueOrThrow({ where: { username: user } })).role);
  });
});

describe('scope before role', () => {
  it('a unit-2 case is invisible to unit 1 and takeable by unit 2', async () => {
    const c = await caseIn(t, 'AWAITING_REPLY', { unit: 'unit2' });
    for (const user of ['unit1.handler', 'unit1.leader'] as const) {
      expectProblem(await (await t.as(user)).act(c.id, 'acknowledge'), 404);
      expectProblem(await (await t.as(user)).get(`/api/cases/${c.id}`), 404);
      expectProblem(await (await t.as(user)).get(`/api/cases/${c.id}/events`), 404);
    }
    expectStatus(await (await t.as('unit2.handler')).act(c.id, 'acknowledge'), 200);
  });

  it('a supervisor sees the report they filed, but may take no action on it', async () => {
    const sup = await t.as('supervisor');
    const created = expectStatus<CaseBody>(
      await sup.post('/api/cases', {
        source: 'SUPERVISOR',
        title: '走访发现',
        description: '执法记录仪未开启',
        unitId: t.unitIds.unit1,
      }),
      201,
    );
    // Registered with another source, a supervisor's report is refused.
    expectProblem(
      await sup.post('/api/cases', {
        source: 'HOTLINE',
        title: 'x',
        description: 'y',
        unitId: t.unitIds.unit1,
      }),
      403,
    );
    expect((await getCase(t, 'supervisor', created.id)).allowedActions).toEqual([]);
    expectProblem(await sup.act(created.id, 'start_assessment'), 403);
    // The history is internal; the supervisor follows status and feedback under /api/my/reports.
    expectProblem(await sup.get(`/api/cases/${created.id}/events`), 403);
    const mine = expectStatus<{ items: { id: string; statusCode: string }[] }>(
      await sup.get('/api/my/reports'),
      200,
    );
    expect(mine.items.map((i) => i.id)).toContain(created.id);
    expect((await getCase(t, 'staff', created.id)).reporter).toMatchObject({ name: '孙丽（特邀监督员）' });
  });

  it('lists are scoped the same way', async () => {
    const pending = await caseIn(t, 'NOTICE_PENDING_APPROVAL');
    const issued = await caseIn(t, 'AWAITING_REPLY');
    const ids = async (user: DemoUser) =>
      expectStatus<{ items: { id: string }[] }>(
        await (await t.as(user)).get('/api/cases?pageSize=100'),
        200,
      ).items.map((i) => i.id);
    const unit1 = await ids('unit1.handler');
    expect(unit1).toContain(issued.id);
    expect(unit1).not.toContain(pending.id);
    expect(await ids('unit2.handler')).not.toContain(issued.id);
    expect(await ids('staff')).toEqual(expect.arrayContaining([issued.id, pending.id]));
    expect(await ids('admin')).toEqual([]);
    expect(await ids('discipline')).not.toContain(issued.id);
  });
});

describe('administration routes: ADMIN only', () => {
  // Valid requests, so that only the role decides. Ids are real so a 404 cannot hide a 403.
  const routes = (ids: { unit: string; user: string }): [InjectOptions['method'], string, unknown?][] => [
    ['GET', '/api/admin/units'],
    ['POST', '/api/admin/units', { name: '矩阵测试局' }],
    ['PATCH', `/api/admin/units/${ids.unit}`, { name: '矩阵测试局（改名）' }],
    ['GET', '/api/admin/users'],
    ['POST', '/api/admin/users', { username: 'matrix.user', displayName: '矩阵', role: 'CENTER_STAFF' }],
    ['PATCH', `/api/admin/users/${ids.user}`, { displayName: '矩阵（改名）' }],
    ['POST', `/api/admin/users/${ids.user}/reset-password`],
    ['GET', '/api/admin/import/template'],
    ['POST', '/api/admin/import', {}],
  ];

  it('every other role gets 403 FORBIDDEN on every route, and nothing changes', async () => {
    const ids = {
      unit: t.unitIds.unit2,
      user: (await t.prisma.user.findUniqueOrThrow({ where: { username: 'supervisor' } })).id,
    };
    const before = {
      units: await t.prisma.unit.findMany({ orderBy: { id: 'asc' } }),
      users: await t.prisma.user.findMany({ orderBy: { id: 'asc' } }),
    };
    for (const user of DEMO_USERNAMES.filter((u) => u !== 'admin')) {
      const { cookie } = await t.as(user);
      for (const [method, url, payload] of routes(ids)) {
        const res = await t.inject({
          method,
          url,
          headers: { cookie },
          ...(payload ? { payload: payload as object } : {}),
        });
        expect(
          `${user} ${method} ${url} → ${res.statusCode} ${expectProblem(res, res.statusCode).code}`,
        ).toBe(`${user} ${method} ${url} → 403 FORBIDDEN`);
      }
    }
    expect(await t.prisma.unit.findMany({ orderBy: { id: 'asc' } })).toEqual(before.units);
    expect(await t.prisma.user.findMany({ orderBy: { id: 'asc' } })).toEqual(before.users);
  });

  it('the administrator is let through every one of them', async () => {
    const ids = {
      unit: t.unitIds.unit2,
      user: (await t.prisma.user.findUniqueOrThrow({ where: { username: 'supervisor' } })).id,
    };
    const { cookie } = await t.as('admin');
    for (const [method, url, payload] of routes(ids)) {
      const res = await t.inject({
        method,
        url,
        headers: { cookie },
        ...(payload ? { payload: payload as object } : {}),
      });
      // The import without a file is a 400; everything else succeeds.
      const created = method === 'POST' && !url.includes('/reset-password');
      const expected = url === '/api/admin/import' ? 400 : created ? 201 : 200;
      expect(res.statusCode, `${method} ${url}: ${res.body.slice(0, 200)}`).toBe(expected);
    }
    const { cookie: sessionOfSupervisor } = await t.as('supervisor');
    // The password reset ended the supervisor's session.
    expectProblem(
      await t.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: sessionOfSupervisor } }),
      401,
    );
    await t.prisma.user.update({
      where: { username: 'supervisor' },
      data: { passwordHash: await hashPassword(DEMO_PASSWORD), mustChangePassword: false },
    });
  });
});
