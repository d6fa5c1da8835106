import type { TCaseSummary, TMonitoringBoard, TPage } from '@sp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseIn, createCase } from './flows.ts';
import { createTestApp, expectProblem, expectStatus, type TestApp } from './helper.ts';

// GET /api/monitoring (银川 电子监察) with the test clock: a fresh notice is green, yellow from
// 70 % of its time, red once past due; per unit the counts equal what GET /api/cases counts with
// the overdue / dueSoon filters, and the lateness referrals those of the list in the period.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

async function board(query = ''): Promise<TMonitoringBoard> {
  return expectStatus<TMonitoringBoard>(await (await t.as('director')).get(`/api/monitoring${query}`), 200);
}
const cardOf = (b: TMonitoringBoard, caseId: string) =>
  b.units.flatMap((u) => u.cards.map((c) => ({ ...c, unitId: u.unitId }))).find((c) => c.caseId === caseId);
const listed = async (query: string) =>
  expectStatus<TPage<TCaseSummary>>(
    await (await t.as('director')).get(`/api/cases?pageSize=100&${query}`),
    200,
  );

describe('GET /api/monitoring', () => {
  it('a fresh notice is green, yellow at 70 %, red past due, with the working days left', async () => {
    t.setNow(t.fixedNow); // Monday 2 March 2026, 10:00 in China
    const c = await caseIn(t, 'AWAITING_REPLY');
    const due = new Date(c.dueAt!);
    const dueSoon = new Date(c.deadline!.dueSoonAt);
    // A 通知书 counts working days (the profile default), so its rule says how many.
    const working = c.deadline!.workingDays!;

    const fresh = cardOf(await board(), c.id)!;
    expect(fresh).toMatchObject({
      unitId: t.unitIds.unit1,
      number: c.number,
      title: c.title,
      state: 'AWAITING_REPLY',
      kind: 'UNIT_REPLY',
      dueAt: c.dueAt,
      status: 'ON_TRACK',
      workingDaysLeft: working,
    });

    t.setNow(new Date(dueSoon.getTime() - 1));
    expect(cardOf(await board(), c.id)!.status).toBe('ON_TRACK');
    t.setNow(dueSoon);
    const yellow = cardOf(await board(), c.id)!;
    expect(yellow.status).toBe('DUE_SOON');
    expect(yellow.workingDaysLeft).toBeGreaterThan(0);
    expect(yellow.workingDaysLeft).toBeLessThanOrEqual(Math.ceil(working * 0.3) + 1);

    t.setNow(due);
    expect(cardOf(await board(), c.id)).toMatchObject({ status: 'DUE_SOON', workingDaysLeft: 0 });
    t.setNow(new Date(due.getTime() + 1000));
    expect(cardOf(await board(), c.id)).toMatchObject({ status: 'OVERDUE', workingDaysLeft: 0 });
    t.setNow(t.fixedNow);
  });

  it('counts per unit equal the list filtered the same way; lateness referrals per period', async () => {
    t.setNow(t.fixedNow);
    await caseIn(t, 'AWAITING_REPLY', { unit: 'unit2' });
    await caseIn(t, 'AWAITING_REPLY', { unit: 'unit1' });
    await caseIn(t, 'REPLY_UNDER_REVIEW', { unit: 'unit1' }); // no running clock
    await createCase(t, { unit: 'unit2' }); // no notice yet
    const late = await caseIn(t, 'AWAITING_REPLY', { unit: 'unit2' });
    // Past the due date of every notice so far, then the sweep refers them all for lateness.
    t.setNow(new Date(Date.parse(late.dueAt!) + 60_000));
    const before = (await board()).totals.referredForLateness;
    const referred = expectStatus<{ referred: number }>(
      await t.inject({ method: 'POST', url: '/api/test/sweep' }),
      200,
    );
    expect(referred.referred).toBeGreaterThan(0);
    // New notices issued every other day: by the time the first is past due, the later ones
    // are yellow or still green (the sweep has not run again).
    const now0 = t.clock.now();
    const fresh: string[] = [];
    let first: string | null = null;
    for (let day = 0; day <= 24; day += 2) {
      t.setNow(new Date(now0.getTime() + day * 86_400_000));
      const c = await caseIn(t, 'AWAITING_REPLY', { unit: day % 4 === 0 ? 'unit1' : 'unit2' });
      first ??= c.dueAt;
      fresh.push(c.id);
    }
    t.setNow(new Date(Date.parse(first!) + 1000));

    const today = new Date(now0.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    for (const query of ['', `?from=2026-03-01&to=${today}`, `?from=${today}&to=${today}`]) {
      const b = await board(query);
      const q = query.replace('?', '');
      for (const unit of [t.unitIds.unit1, t.unitIds.unit2]) {
        const u = b.units.find((x) => x.unitId === unit)!;
        // The list's filters see the units' reply deadlines; the board also shows the body's own.
        const units = (status: string) =>
          u.cards.filter((c) => c.kind === 'UNIT_REPLY' && c.status === status).length;
        expect(units('OVERDUE')).toBe((await listed(`unitId=${unit}&overdue=true`)).total);
        expect(units('DUE_SOON')).toBe((await listed(`unitId=${unit}&dueSoon=true`)).total);
        expect(u.overdue + u.dueSoon + u.onTrack).toBe(u.cards.length);
        expect(u.cards.filter((c) => c.status === 'OVERDUE')).toHaveLength(u.overdue);
        const inPeriod = (await listed(`unitId=${unit}&state=REFERRED${q ? `&${q}` : ''}`)).items;
        expect(u.referredForLateness).toBe(inPeriod.filter((c) => c.referralBy === 'SYSTEM').length);
      }
      const unitReplies = b.units.flatMap((u) => u.cards).filter((c) => c.kind === 'UNIT_REPLY');
      expect(unitReplies.filter((c) => c.status === 'OVERDUE')).toHaveLength(
        (await listed('overdue=true')).total,
      );
    }
    const b = await board();
    const statuses = new Set(fresh.map((id) => cardOf(b, id)!.status));
    expect([...statuses].sort()).toEqual(['DUE_SOON', 'ON_TRACK', 'OVERDUE']);
    expect(b.totals.referredForLateness).toBe(before + referred.referred);
    // Red units first.
    expect(b.units[0]!.overdue + b.units[0]!.referredForLateness).toBeGreaterThan(0);
    t.setNow(t.fixedNow);
  });

  it('only the center sees it; a bad period is 400', async () => {
    expectProblem(await (await t.as('unit1.leader')).get('/api/monitoring'), 403);
    expectProblem(await (await t.as('director')).get('/api/monitoring?from=2026-03-05&to=2026-03-01'), 400);
    expectProblem(await (await t.as('director')).get('/api/monitoring?from=2026-03-05'), 400);
    expect((await t.inject({ method: 'GET', url: '/api/monitoring' })).statusCode).toBe(401);
  });
});
