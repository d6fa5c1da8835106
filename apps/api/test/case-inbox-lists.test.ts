import {
  CASE_QUEUES,
  type CaseQueueKey,
  queueFilter,
  type TCaseCounts,
  type TCaseSummary,
  type TPage,
  URGENCY_GROUPS,
} from '@sp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseIn, step } from './flows.ts';
import { createTestApp, type DemoUser, expectProblem, expectStatus, type TestApp } from './helper.ts';

// Issue 10: the unit inbox sorted by urgency with server-side paging and filters, the queue
// counts in one request (全部, 我的案件 …), and 逾期时长 of a referral computed by the server.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const DAY = 86_400_000;

async function list(who: DemoUser, query: string) {
  return expectStatus<TPage<TCaseSummary>>(await (await t.as(who)).get(`/api/cases?${query}`), 200);
}

/** The urgency group of a summary, by the groups' own filters (domain URGENCY_GROUPS). */
function groupOf(c: TCaseSummary, now: Date): number {
  const overdue = c.dueAt !== null && Date.parse(c.dueAt) < now.getTime();
  const dueSoon = c.deadlineStatus === 'DUE_SOON';
  const index = URGENCY_GROUPS.findIndex((g) =>
    g.key === 'OVERDUE' ? overdue : g.key === 'DUE_SOON' ? dueSoon && !overdue : true,
  );
  return index;
}

describe('GET /api/cases?sort=urgency (the unit inbox)', () => {
  it('lists overdue first, then due soon, then the newest, paged on the server', async () => {
    const start = t.clock.now();
    const old = await caseIn(t, 'AWAITING_REPLY', { title: '最早的通知书' });
    t.setNow(new Date(start.getTime() + 5 * DAY));
    const mid = await caseIn(t, 'AWAITING_REPLY', { title: '五天后的通知书' });
    // One day after the first due date: the first is overdue, the second past 70 % of its time.
    const now = new Date(Date.parse(old.dueAt!) + DAY);
    t.setNow(now);
    const fresh = await caseIn(t, 'AWAITING_REPLY', { title: '今天的通知书' });
    const asked = await caseIn(t, 'ASSESSING', { title: '尚未发通知书' });

    const all = await list('unit1.handler', 'sort=urgency&pageSize=100');
    const ids = all.items.map((c) => c.id);
    const byNewest = await list('unit1.handler', 'pageSize=100');
    expect(all.total).toBe(byNewest.total);
    expect(new Set(ids)).toEqual(new Set(byNewest.items.map((c) => c.id)));
    expect(ids).not.toContain(asked.id);

    const mine = (id: string) => all.items.find((c) => c.id === id)!;
    expect(mine(old.id).deadlineStatus).toBe('OVERDUE');
    expect(mine(mid.id).deadlineStatus).toBe('DUE_SOON');
    expect(mine(fresh.id).deadlineStatus).toBe('ON_TRACK');
    expect(ids.indexOf(old.id)).toBeLessThan(ids.indexOf(mid.id));
    expect(ids.indexOf(mid.id)).toBeLessThan(ids.indexOf(fresh.id));

    // Groups never go back, and the rest is newest first.
    const groups = all.items.map((c) => groupOf(c, now));
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    const rest = all.items.filter((c) => groupOf(c, now) === URGENCY_GROUPS.length - 1);
    const restTimes = rest.map((c) => Date.parse(c.createdAt));
    expect(restTimes).toEqual([...restTimes].sort((a, b) => b - a));

    // Pages of two, read one after another, are the same order.
    const pages: string[] = [];
    for (let page = 1; (page - 1) * 2 < all.total; page++) {
      const p = await list('unit1.handler', `sort=urgency&pageSize=2&page=${page}`);
      expect(p).toMatchObject({ page, pageSize: 2, total: all.total });
      pages.push(...p.items.map((c) => c.id));
    }
    expect(pages).toEqual(ids);
  });

  it('filters by deadline, instrument, state and words together with the order', async () => {
    const overdue = await list('unit1.handler', 'sort=urgency&overdue=true&pageSize=100');
    expect(overdue.total).toBeGreaterThan(0);
    for (const c of overdue.items) expect(c.deadlineStatus).toBe('OVERDUE');
    const dueSoon = await list('unit1.handler', 'sort=urgency&dueSoon=true&pageSize=100');
    expect(dueSoon.total).toBeGreaterThan(0);
    for (const c of dueSoon.items) expect(c.deadlineStatus).toBe('DUE_SOON');

    const words = await list('unit1.handler', `sort=urgency&q=${encodeURIComponent('通知书 五天后')}`);
    expect(words.items.map((c) => c.title)).toEqual(['五天后的通知书']);

    const notices = await list('unit1.handler', 'sort=urgency&instrument=NOTICE&pageSize=100');
    const titles = notices.items.map((c) => c.title);
    expect(titles).toEqual(expect.arrayContaining(['最早的通知书', '五天后的通知书', '今天的通知书']));
    for (const c of notices.items) expect(c.noticeNumber).not.toBeNull();
    const opinions = await list('unit1.handler', 'sort=urgency&instrument=OPINION&pageSize=100');
    expect(opinions.items.map((c) => c.title)).not.toContain('今天的通知书');

    const awaiting = await list('unit1.handler', 'sort=urgency&state=AWAITING_REPLY&pageSize=100');
    for (const c of awaiting.items) expect(c.state).toBe('AWAITING_REPLY');
    expect(awaiting.total).toBeGreaterThanOrEqual(3);
  });

  it('refuses an unknown order or instrument with 400 VALIDATION', async () => {
    const unit = await t.as('unit1.handler');
    for (const q of ['sort=oldest', 'instrument=LETTER', 'sort=urgency&pageSize=101'])
      expect(expectProblem(await unit.get(`/api/cases?${q}`), 400).code).toBe('VALIDATION');
  });
});

describe('GET /api/cases/counts: every queue counted in one request', () => {
  it('gives each queue the total its own list gives, 我的案件 the caller’s', async () => {
    const staff = await t.as('staff');
    const me = expectStatus<{ id: string }>(await staff.get('/api/auth/me'), 200);
    const assessing = await caseIn(t, 'ASSESSING', { title: '承办人自己承办的线索' });
    await step(t, 'staff', assessing.id, 'assign', { assigneeId: me.id });

    for (const filters of ['', `q=${encodeURIComponent('承办人 线索')}`, `unitId=${t.unitIds.unit1}`]) {
      const { counts } = expectStatus<TCaseCounts>(await staff.get(`/api/cases/counts?${filters}`), 200);
      expect(Object.keys(counts).sort()).toEqual(CASE_QUEUES.map((q) => q.key).sort());
      for (const queue of CASE_QUEUES) {
        const query = new URLSearchParams(filters);
        for (const [k, v] of Object.entries(queueFilter(queue, me.id))) query.set(k, String(v));
        query.set('pageSize', '1');
        const page = await list('staff', query.toString());
        expect({ queue: queue.key, n: counts[queue.key as CaseQueueKey] }).toEqual({
          queue: queue.key,
          n: page.total,
        });
      }
      expect(counts.mine).toBeGreaterThanOrEqual(1);
    }
    const { counts } = expectStatus<TCaseCounts>(await staff.get('/api/cases/counts'), 200);
    expect(counts.all).toBe((await list('staff', 'pageSize=1')).total);

    // Another member of the center has nothing of their own; a unit counts only its own cases.
    const director = expectStatus<TCaseCounts>(await (await t.as('director')).get('/api/cases/counts'), 200);
    expect(director.counts.mine).toBe(0);
    const unit2 = expectStatus<TCaseCounts>(
      await (await t.as('unit2.handler')).get('/api/cases/counts'),
      200,
    );
    expect(unit2.counts.all).toBe((await list('unit2.handler', 'pageSize=1')).total);
    expect(expectProblem(await staff.get('/api/cases/counts?state=NOPE'), 400).code).toBe('VALIDATION');
  });
});

describe('逾期时长 of a referral, in the one list request of the discipline inbox', () => {
  it('counts working days from the missed due date to the automatic referral', async () => {
    t.setNow(new Date('2026-04-01T02:00:00Z'));
    const c = await caseIn(t, 'AWAITING_REPLY', { title: '逾期未答复被自动移送' });
    // Due at the end of a working day; three working days later (no holiday in between) the sweep refers it.
    const due = new Date(c.dueAt!);
    const dueDay = new Date(due.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect(dueDay).toBe('2026-04-23');
    t.setNow(new Date('2026-04-28T02:00:00Z')); // Tuesday: 24 (Fri), 27 (Mon), 28 (Tue)
    const swept = expectStatus<{ referred: number }>(
      await t.inject({ method: 'POST', url: '/api/test/sweep' }),
      200,
    );
    expect(swept.referred).toBeGreaterThanOrEqual(1);

    const early = await caseIn(t, 'AWAITING_REPLY', { title: '期限内被负责人移送' });
    await step(t, 'director', early.id, 'refer');

    const inbox = await list('discipline', 'pageSize=100');
    const row = (id: string) => inbox.items.find((x) => x.id === id)!;
    expect(row(c.id)).toMatchObject({ referralBy: 'SYSTEM', referralOverdueWorkingDays: 3 });
    expect(row(early.id)).toMatchObject({ referralBy: 'DIRECTOR', referralOverdueWorkingDays: null });
    // What the discipline user may do is in the list itself: no request per case.
    expect(row(c.id).allowedActions).toContain('accept_referral');
    expect(inbox.items.every((x) => Array.isArray(x.allowedActions))).toBe(true);
  });
});
