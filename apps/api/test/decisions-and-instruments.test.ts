import type { OverduePolicy, TCase, UserActor } from '@sp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseIn, getCase, getEvents, PAYLOADS, step } from './flows.ts';
import { createTestApp, expectProblem, expectStatus, onPostgres, type TestApp } from './helper.ts';

// The 2026 条例 over HTTP (product.md "The 2026 条例 in the workflow (v2)"): instruments with
// their own series and deadline basis, the bad inputs (both deadline kinds, a disabled
// instrument, an objection after its window, a decision by anyone but GOVERNMENT) refused with
// nothing written, the 决定书 path, and the sweeper under both overdue policies.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const draft = PAYLOADS.draft_notice;

async function profile() {
  return expectStatus<Record<string, unknown>>(await (await t.as('admin')).get('/api/admin/settings'), 200);
}
async function putProfile(change: (p: Record<string, unknown>) => Record<string, unknown>) {
  expectStatus(await (await t.as('admin')).put('/api/admin/settings', change(await profile())), 200);
}
const setPolicy = (overduePolicy: OverduePolicy) => putProfile((p) => ({ ...p, overduePolicy }));

async function sweep(at: Date) {
  t.setNow(at);
  try {
    return expectStatus<{ referred: number }>(await t.inject({ method: 'POST', url: '/api/test/sweep' }), 200)
      .referred;
  } finally {
    t.setNow(t.fixedNow);
  }
}

async function unchanged(id: string, run: () => Promise<void>) {
  const [version, events, notices] = [
    await t.version(id),
    await t.prisma.caseEvent.count({ where: { caseId: id } }),
    await t.prisma.notice.count(),
  ];
  await run();
  expect(await t.version(id)).toBe(version);
  expect(await t.prisma.caseEvent.count({ where: { caseId: id } })).toBe(events);
  expect(await t.prisma.notice.count()).toBe(notices);
}

/** A case in AWAITING_REPLY under an issued instrument, drafted and signed at `at`. */
async function issued(payload: Record<string, unknown>, at = t.fixedNow): Promise<TCase> {
  const c = await caseIn(t, 'INVESTIGATING');
  t.setNow(at);
  try {
    await step(t, 'staff', c.id, 'draft_notice', payload);
    return await step(t, 'director', c.id, 'approve_notice');
  } finally {
    t.setNow(t.fixedNow);
  }
}

/** The seq the next document of this series in 2026 gets: one past the highest issued so far. */
async function nextSeq(instrument: 'OPINION' | 'URGING_LETTER' | 'DECISION'): Promise<number> {
  const last = await t.prisma.notice.aggregate({ where: { instrument, year: 2026 }, _max: { seq: true } });
  return (last._max.seq ?? 0) + 1;
}

describe('instruments and their deadlines', () => {
  it('a calendar-day and a working-day deadline together: 400 VALIDATION, nothing written', async () => {
    const c = await caseIn(t, 'INVESTIGATING');
    await unchanged(c.id, async () => {
      const res = await (await t.as('staff')).act(c.id, 'draft_notice', {
        ...draft,
        deadlineWorkingDays: 10,
        deadlineCalendarDays: 30,
      });
      const problem = expectProblem(res, 400);
      expect(problem.code).toBe('VALIDATION');
      expect(problem.errors?.map((e) => e.path)).toContain('deadlineCalendarDays');
    });
  });

  it('an instrument the profile disabled: 422 RULE_VIOLATION (INSTRUMENT_DISABLED), nothing written', async () => {
    await putProfile((p) => {
      const instruments = structuredClone(p.instruments) as Record<string, { enabled: boolean }>;
      instruments.URGING_LETTER!.enabled = false;
      return { ...p, instruments };
    });
    try {
      const c = await caseIn(t, 'INVESTIGATING');
      await unchanged(c.id, async () => {
        const res = await (await t.as('staff')).act(c.id, 'draft_notice', {
          ...draft,
          instrument: 'URGING_LETTER',
        });
        const problem = expectProblem(res, 422);
        expect(problem).toMatchObject({ code: 'RULE_VIOLATION', reason: 'INSTRUMENT_DISABLED' });
      });
    } finally {
      await putProfile((p) => {
        const instruments = structuredClone(p.instruments) as Record<string, { enabled: boolean }>;
        instruments.URGING_LETTER!.enabled = true;
        return { ...p, instruments };
      });
    }
  });

  it('a 意见书 of 30 calendar days issued 2026-09-05 is due 2026-10-08, numbered in its own series', async () => {
    // The demo data already holds some documents of each series: the next one follows them, gap-free.
    const seq = await nextSeq('OPINION');
    const c = await issued({ ...draft, instrument: 'OPINION' }, new Date('2026-09-05T02:00:00.000Z'));
    expect(c.notice).toMatchObject({
      instrument: 'OPINION',
      number: `执监意〔2026〕${seq}号`,
      deadlineWorkingDays: null,
      deadlineCalendarDays: 30,
      deadline: { basis: 'CALENDAR_DAYS', days: 30, dueAt: '2026-10-08T15:59:59.000Z' },
    });
    expect(c.deadline).toMatchObject({ basis: 'CALENDAR_DAYS', days: 30, workingDays: null });
    expect(c.dueAt).toBe('2026-10-08T15:59:59.000Z');
    const row = await t.prisma.notice.findFirstOrThrow({ where: { caseId: c.id } });
    expect(row).toMatchObject({ instrument: 'OPINION', year: 2026, seq, deadlineCalendarDays: 30 });
  });

  it('a 督办函 has its own series too; a 通知书 keeps 执监通 and working days', async () => {
    const seq = await nextSeq('URGING_LETTER');
    const urging = await issued({ ...draft, instrument: 'URGING_LETTER', deadlineWorkingDays: 10 });
    expect(urging.notice).toMatchObject({
      instrument: 'URGING_LETTER',
      number: `执监督〔2026〕${seq}号`,
      deadline: { basis: 'WORKING_DAYS', days: 10 },
    });
    const notice = await issued(draft);
    expect(notice.notice).toMatchObject({
      instrument: 'NOTICE',
      deadline: { basis: 'WORKING_DAYS', days: 15 },
    });
    expect(notice.notice!.number).toMatch(/^执监通〔2026〕\d+号$/);
  });
});

describe('objections', () => {
  it('after the office’s objection window: 422 RULE_VIOLATION (OBJECTION_WINDOW_CLOSED), nothing written', async () => {
    const c = await caseIn(t, 'AWAITING_REPLY');
    // Issued Mon 2026-03-02; the demo window is 15 calendar days → Tue 03-17.
    t.setNow(new Date('2026-03-18T02:00:00.000Z'));
    try {
      await unchanged(c.id, async () => {
        const problem = expectProblem(
          await (await t.as('unit1.leader')).act(c.id, 'object', PAYLOADS.object),
          422,
        );
        expect(problem).toMatchObject({ code: 'RULE_VIOLATION', reason: 'OBJECTION_WINDOW_CLOSED' });
      });
    } finally {
      t.setNow(t.fixedNow);
    }
  });

  it('are dismissed by the director; staff get 403', async () => {
    const c = await caseIn(t, 'RECHECKING');
    expectProblem(
      await (await t.as('staff')).act(c.id, 'dismiss_objection', PAYLOADS.dismiss_objection),
      403,
    );
    expect((await step(t, 'director', c.id, 'dismiss_objection')).state).toBe('AWAITING_REPLY');
  });
});

describe('the 决定书 path', () => {
  it('proposed by the director, issued by the government: numbered, its own deadline, the current notice', async () => {
    const c = await issued({ ...draft, instrument: 'OPINION' });
    expect((await getCase(t, 'director', c.id)).allowedActions).toContain('propose_decision');
    expectProblem(await (await t.as('government')).get(`/api/cases/${c.id}`), 404);
    const pending = await step(t, 'director', c.id, 'propose_decision', {
      ...PAYLOADS.propose_decision,
      deadlineWorkingDays: 10,
    });
    expect(pending.state).toBe('DECISION_PENDING');
    expect(pending.decisionProposal).toMatchObject({ deadlineWorkingDays: 10, deadlineCalendarDays: null });

    // Any decision action by anyone but GOVERNMENT: 403 (or 404 for who cannot see it), nothing written.
    await unchanged(c.id, async () => {
      for (const who of ['staff', 'director', 'unit1.leader'] as const)
        for (const action of ['issue_decision', 'decline_decision'] as const)
          expect(expectProblem(await (await t.as(who)).act(c.id, action, PAYLOADS[action]), 403).code).toBe(
            'FORBIDDEN',
          );
    });

    const gov = await t.as('government');
    const list = expectStatus<{ items: { id: string }[] }>(
      await gov.get('/api/cases?state=DECISION_PENDING'),
      200,
    );
    expect(list.items.map((i) => i.id)).toContain(c.id);
    const seq = await nextSeq('DECISION');
    const decided = await step(t, 'government', c.id, 'issue_decision', {});
    expect(decided.state).toBe('AWAITING_REPLY');
    expect(decided.notice).toMatchObject({
      instrument: 'DECISION',
      number: `执监决〔2026〕${seq}号`,
      findings: PAYLOADS.propose_decision.grounds,
      requiredRectification: PAYLOADS.propose_decision.requiredRectification,
      deadline: { basis: 'WORKING_DAYS', days: 10 },
    });
    // 10 working days after Mon 2026-03-02 (the official calendar): Mon 03-16.
    expect(decided.dueAt).toBe('2026-03-16T15:59:59.000Z');
    const rows = await t.prisma.notice.findMany({ where: { caseId: c.id }, orderBy: { issuedAt: 'asc' } });
    expect(rows.map((r) => r.instrument)).toEqual(['OPINION', 'DECISION']);
    // The unit reads the 决定书 as its notice; a second proposal is refused.
    expect((await getCase(t, 'unit1.handler', c.id)).notice?.instrument).toBe('DECISION');
    const again = expectProblem(
      await (await t.as('director')).act(c.id, 'propose_decision', PAYLOADS.propose_decision),
      422,
    );
    expect(again).toMatchObject({ reason: 'DECISION_ALREADY_ISSUED' });
    const actions = (await getEvents(t, 'government', c.id)).map((e) => e.action);
    expect(actions.slice(-2)).toEqual(['propose_decision', 'issue_decision']);
  });

  it('declined by the government: back to the state it came from, with the reasons in the history', async () => {
    const c = await caseIn(t, 'REPLY_UNDER_REVIEW');
    await step(t, 'director', c.id, 'propose_decision');
    const back = await step(t, 'government', c.id, 'decline_decision');
    expect(back.state).toBe('REPLY_UNDER_REVIEW');
    expect((await getEvents(t, 'director', c.id)).at(-1)).toMatchObject({
      action: 'decline_decision',
      fromState: 'DECISION_PENDING',
      toState: 'REPLY_UNDER_REVIEW',
      data: PAYLOADS.decline_decision,
    });
  });
});

describe('the sweeper under each overdue policy', () => {
  const afterDue = (c: TCase) => new Date(Date.parse(c.dueAt!) + 60_000);

  it('REFER_TO_DISCIPLINE (the default): refers exactly once', async () => {
    const c = await caseIn(t, 'AWAITING_REPLY');
    await sweep(afterDue(c));
    await sweep(afterDue(c));
    const events = await getEvents(t, 'staff', c.id);
    expect(events.filter((e) => e.action === 'refer_overdue')).toHaveLength(1);
    expect((await getCase(t, 'staff', c.id)).state).toBe('REFERRED');
  });

  it('PROPOSE_DECISION: marks red and queues for the director once; never refers while a decision is pending; an ignored 决定书 is referred', async () => {
    await setPolicy('PROPOSE_DECISION');
    try {
      const c = await issued({ ...draft, instrument: 'OPINION' });
      const late = afterDue(c);
      expect(await sweep(late)).toBeGreaterThanOrEqual(1);
      expect(await sweep(late)).toBe(0);
      let view = await getCase(t, 'director', c.id);
      expect(view).toMatchObject({ state: 'AWAITING_REPLY', decisionQueuedAt: late.toISOString() });
      t.setNow(late);
      try {
        expect((await getCase(t, 'director', c.id)).deadlineStatus).toBe('OVERDUE');
        expect(
          (await getEvents(t, 'director', c.id)).filter((e) => e.action === 'mark_overdue'),
        ).toHaveLength(1);
        await step(t, 'director', c.id, 'propose_decision', {
          ...PAYLOADS.propose_decision,
          deadlineCalendarDays: 10,
        });
      } finally {
        t.setNow(t.fixedNow);
      }
      await sweep(new Date(late.getTime() + 30 * 86_400_000));
      view = await getCase(t, 'director', c.id);
      expect(view.state).toBe('DECISION_PENDING');

      const decidedAt = new Date(late.getTime() + 31 * 86_400_000);
      t.setNow(decidedAt);
      let decided: TCase;
      try {
        decided = await step(t, 'government', c.id, 'issue_decision', {});
      } finally {
        t.setNow(t.fixedNow);
      }
      expect(decided.notice?.instrument).toBe('DECISION');
      await sweep(afterDue(decided));
      const after = await getCase(t, 'director', c.id);
      expect(after).toMatchObject({ state: 'REFERRED', referralBy: 'SYSTEM' });
      const actions = (await getEvents(t, 'director', c.id)).map((e) => e.action);
      expect(actions.filter((a) => a === 'mark_overdue')).toHaveLength(1);
      expect(actions.at(-1)).toBe('refer_overdue');
    } finally {
      await setPolicy('REFER_TO_DISCIPLINE');
    }
  });
});

describe.skipIf(!onPostgres)(
  'PostgreSQL only: under PROPOSE_DECISION, three sweepers at once mark each overdue case exactly once',
  () => {
    const all: TestApp[] = [];
    afterAll(async () => {
      for (const other of all) await other.close();
    });

    it('one mark_overdue event per case, whoever took it', async () => {
      for (let i = 0; i < 2; i++) all.push(await createTestApp({ database: t.database, prepare: false }));
      await setPolicy('PROPOSE_DECISION');
      try {
        const users = await t.prisma.user.findMany({ where: { username: { in: ['staff', 'director'] } } });
        const actor = (username: string): UserActor => {
          const u = users.find((x) => x.username === username)!;
          return { kind: 'user', id: u.id, role: u.role, unitId: u.unitId };
        };
        const ids: string[] = [];
        for (let i = 0; i < 20; i++) {
          let c = await t.services.cases.create(
            { source: 'HOTLINE', title: `逾期 ${i}`, description: '逾期未整改', unitId: t.unitIds.unit1 },
            actor('staff'),
          );
          for (const [who, action] of [
            ['staff', 'start_assessment'],
            ['staff', 'open_investigation'],
            ['staff', 'draft_notice'],
            ['director', 'approve_notice'],
          ] as const)
            c = await t.services.cases.perform(
              c.id,
              { action, version: c.version, ...PAYLOADS[action] },
              actor(who),
            );
          ids.push(c.id);
        }
        const late = new Date('2026-06-01T02:00:00.000Z');
        for (const app of [t, ...all]) app.setNow(late);
        await Promise.all([t, ...all, t, ...all].map((app) => app.services.sweep.run()));
        for (const app of [t, ...all]) app.setNow(t.fixedNow);
        const marks = await t.prisma.caseEvent.groupBy({
          by: ['caseId'],
          where: { caseId: { in: ids }, action: 'mark_overdue' },
          _count: { _all: true },
        });
        expect(marks).toHaveLength(ids.length);
        for (const m of marks) expect(m._count._all).toBe(1);
        const states = await t.prisma.case.findMany({ where: { id: { in: ids } }, select: { state: true } });
        expect(new Set(states.map((s) => s.state))).toEqual(new Set(['AWAITING_REPLY']));
      } finally {
        await setPolicy('REFER_TO_DISCIPLINE');
      }
    });
  },
);
