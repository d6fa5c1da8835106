import {
  ACTION_NAMES,
  type ActionName,
  type ActorKind,
  type CaseState,
  type OverduePolicy,
} from '@sp/domain';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_SPECS } from '../../../packages/domain/test/action-specs.ts';
import { hashPassword } from '../src/lib/passwords.ts';
import { DEMO_PASSWORD } from '../src/seeds/demo-data.ts';
import {
  actorOf,
  type CaseBody,
  caseIn,
  DEMO_USER_OF,
  getCase,
  getEvents,
  PAYLOADS,
  step,
  undeterminedCase,
} from './flows.ts';
import {
  createTestApp,
  DEMO_USERNAMES,
  type DemoUser,
  expectProblem,
  expectStatus,
  type TestApp,
} from './helper.ts';

// Role × action over HTTP, for every action of the table, derived from its spec (packages/domain/
// test/actions/): a case (of unit 1, registered by staff) waits in the spec's first state (after
// the spec's `after` steps), and every demo user tries the action: only the spec's roles get 200;
// a user who can see the case but has the wrong role gets 403; a user who cannot see it gets 404,
// exactly as if it did not exist (unit 2 always, unit 1 before the notice, the supervisor and
// admin on cases they did not file, discipline before a referral). A refused attempt changes
// nothing. A taken action is in the history of everyone who may read it (a unit reads from the
// notice on). Actions of the system alone are taken by the sweep, over HTTP too.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

type Row = {
  action: ActionName;
  setup: CaseState;
  after: readonly ActionName[];
  allowed: DemoUser[];
  overduePolicy: OverduePolicy | undefined;
  /** The case is a public report whose unit is undetermined (单位待确定). */
  undetermined: boolean;
};

/** The demo users of the spec's roles (unit roles: unit 1's, the case's unit). */
const usersOf = (who: readonly ActorKind[]) =>
  DEMO_USERNAMES.filter((u) => who.some((kind) => kind !== 'SYSTEM' && DEMO_USER_OF[kind] === u));

const MATRIX: Row[] = ACTION_SPECS.map((spec) => ({
  action: spec.action,
  setup: spec.from[0]!,
  after: spec.after ?? [],
  allowed: usersOf(spec.who),
  overduePolicy: spec.overduePolicy,
  undetermined: spec.whenUnitUndetermined === true,
}));

/** Sets the office profile's overdue policy (admin, PUT /api/admin/settings). */
async function setOverduePolicy(overduePolicy: OverduePolicy) {
  const admin = await t.as('admin');
  const profile = expectStatus<Record<string, unknown>>(await admin.get('/api/admin/settings'), 200);
  expectStatus(await admin.put('/api/admin/settings', { ...profile, overduePolicy }), 200);
}

const SYSTEM_ONLY = ACTION_SPECS.filter((s) => s.who.includes('SYSTEM')).map((s) => s.action);

/** Whether `user` may see a unit-1 case created by staff in this state (product.md scoping). */
function canSee(user: DemoUser, state: CaseState, after: readonly ActionName[] = []): boolean {
  // A unit sees its case from the notice on, or from the center's request for an explanation.
  const noticeIssued =
    ['AWAITING_REPLY', 'REPLY_UNDER_REVIEW', 'DECISION_PENDING', 'RECHECKING', 'REFERRED'].includes(state) ||
    after.includes('request_explanation');
  if (user === 'staff' || user === 'director') return true;
  if (user === 'government') return state === 'DECISION_PENDING'; // asked to decide from then on
  if (user === 'unit1.handler' || user === 'unit1.leader') return noticeIssued;
  if (user === 'discipline') return state === 'REFERRED';
  return false; // unit 2, the supervisor, admin
}

async function prepare({ setup, after, undetermined }: Row): Promise<CaseBody> {
  let c = undetermined ? await undeterminedCase(t) : await caseIn(t, setup);
  for (const action of after) c = await step(t, actorOf(action), c.id, action);
  return c;
}

describe('HTTP coverage', () => {
  it('every action of the domain table has a row here, taken over HTTP by a user or by the sweep', () => {
    expect(MATRIX.map((r) => r.action).sort()).toEqual([...ACTION_NAMES].sort());
    for (const row of MATRIX)
      expect(row.allowed.length > 0 || SYSTEM_ONLY.includes(row.action), row.action).toBe(true);
  });
});

describe.each(MATRIX)('$action in $setup', (row) => {
  const { action, setup, allowed } = row;
  const refused = DEMO_USERNAMES.filter((u) => !allowed.includes(u));

  it(`refuses ${refused.length} users with 403/404 and changes nothing`, async () => {
    const c = await prepare(row);
    const eventsBefore = await t.prisma.caseEvent.count({ where: { caseId: c.id } });
    const outcomes: Record<string, number> = {};
    for (const user of refused) {
      const res = await (await t.as(user)).act(c.id, action, PAYLOADS[action]);
      outcomes[user] = res.statusCode;
      const problem = expectProblem(res, res.statusCode);
      expect(problem.code, user).toBe(res.statusCode === 403 ? 'FORBIDDEN' : 'NOT_FOUND');
    }
    const expected = Object.fromEntries(refused.map((u) => [u, canSee(u, setup, row.after) ? 403 : 404]));
    expect(outcomes).toEqual(expected);
    expect(await t.version(c.id)).toBe(c.version);
    expect(await t.prisma.caseEvent.count({ where: { caseId: c.id } })).toBe(eventsBefore);
    // allowedActions agrees with the refusals for everyone who can read the case.
    for (const user of refused.filter((u) => canSee(u, setup, row.after)))
      expect((await getCase(t, user, c.id)).allowedActions).not.toContain(action);
  });

  it.each(allowed)('lets %s take it (200, version + 1, in the history of all who read it)', async (user) => {
    const c = await prepare(row);
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
    for (const reader of DEMO_USERNAMES.filter((u) => canSee(u, setup, row.after)))
      expect((await getEvents(t, reader, c.id)).at(-1), reader).toMatchObject({ action, seq: c.version + 1 });
  });
});

describe.each(MATRIX.filter((r) => SYSTEM_ONLY.includes(r.action)))('$action by the system', (row) => {
  it('is taken by the sweep (POST /api/test/sweep) once the deadline has passed', async () => {
    const c = await prepare(row);
    if (row.overduePolicy) await setOverduePolicy(row.overduePolicy);
    t.setNow(new Date(Date.parse(c.dueAt!) + 1000));
    try {
      const swept = expectStatus<{ referred: number }>(
        await t.inject({ method: 'POST', url: '/api/test/sweep' }),
        200,
      );
      expect(swept.referred).toBeGreaterThanOrEqual(1);
    } finally {
      t.setNow(t.fixedNow);
      if (row.overduePolicy) await setOverduePolicy('REFER_TO_DISCIPLINE');
    }
    const events = await getEvents(t, 'staff', c.id);
    expect(events.at(-1)).toMatchObject({ action: row.action, seq: c.version + 1, actor: { system: true } });
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

  it('lists are scoped the same way: totals of the same filtered lists differ by scope', async () => {
    await caseIn(t, 'NOTICE_PENDING_APPROVAL');
    await caseIn(t, 'AWAITING_REPLY');
    await caseIn(t, 'REFERRED');
    const { unit1, unit2 } = t.unitIds;
    const total = async (user: DemoUser, query: string) =>
      expectStatus<{ total: number }>(await (await t.as(user)).get(`/api/cases?pageSize=1&${query}`), 200)
        .total;
    const count = (where: Parameters<typeof t.prisma.case.count>[0]) => t.prisma.case.count(where);

    // The center sees every case of each filter.
    expect(await total('staff', 'state=NOTICE_PENDING_APPROVAL')).toBe(
      await count({ where: { state: 'NOTICE_PENDING_APPROVAL' } }),
    );
    expect(await total('staff', `unitId=${unit1}`)).toBe(await count({ where: { unitId: unit1 } }));
    expect(await total('staff', 'state=NOTICE_PENDING_APPROVAL')).toBeGreaterThan(0);

    // A unit: its own cases, and only from the notice on, whatever the filter asks.
    const unit1Issued = await count({ where: { unitId: unit1, unitInvolved: true } });
    expect(unit1Issued).toBeGreaterThan(0);
    expect(await total('unit1.handler', '')).toBe(unit1Issued);
    expect(await total('unit1.handler', `unitId=${unit1}`)).toBe(unit1Issued);
    expect(await total('unit1.handler', 'state=NOTICE_PENDING_APPROVAL')).toBe(0);
    expect(await total('unit1.handler', `unitId=${unit2}`)).toBe(0);
    expect(await total('unit2.leader', `unitId=${unit1}`)).toBe(0);
    expect(await total('unit2.leader', '')).toBe(
      await count({ where: { unitId: unit2, unitInvolved: true } }),
    );

    // Discipline: referred cases, cases whose 问题线索 went to the 监察机关, and its own
    // transfers-in.
    const discipline = await t.prisma.user.findUniqueOrThrow({ where: { username: 'discipline' } });
    expect(await total('discipline', '')).toBe(
      await count({
        where: {
          OR: [
            { referred: true },
            { workflow: { path: ['leadsReferred'], gt: 0 } },
            { createdById: discipline.id },
          ],
        },
      }),
    );
    // Awaiting a reply: only where a 问题线索 went out (the demo's 决定书 case has one).
    expect(await total('discipline', 'state=AWAITING_REPLY')).toBe(
      await count({ where: { state: 'AWAITING_REPLY', workflow: { path: ['leadsReferred'], gt: 0 } } }),
    );
    expect(await total('discipline', 'state=REFERRED')).toBe(await count({ where: { state: 'REFERRED' } }));

    // The supervisor: their own reports; the administrator: none.
    const supervisor = await t.prisma.user.findUniqueOrThrow({ where: { username: 'supervisor' } });
    expect(await total('supervisor', '')).toBe(await count({ where: { createdById: supervisor.id } }));
    expect(await total('admin', '')).toBe(0);
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
