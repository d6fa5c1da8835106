import type { TMonitoringBoard } from '@sp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseIn, getCase, step } from './flows.ts';
import { createTestApp, expectStatus, type TestApp } from './helper.ts';

// The supervision body's own deadlines (product.md "Deadline basis": the supervisor is supervised)
// with the test clock: an objection starts the body's answer period (office profile answerPeriod,
// default 15 calendar days); the case view and the board show it green, yellow at 70 %, red past
// due; the director's decision ends it. A proposed 决定书 likewise until the government decides.
// The sweeper never acts on them.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

async function board(): Promise<TMonitoringBoard> {
  return expectStatus<TMonitoringBoard>(await (await t.as('director')).get('/api/monitoring'), 200);
}
const cardsOf = (b: TMonitoringBoard, caseId: string) =>
  b.units.flatMap((u) => u.cards.map((c) => ({ ...c, unitId: u.unitId }))).filter((c) => c.caseId === caseId);

describe('the body’s own deadlines', () => {
  it('object → a BODY_ANSWER card and bodyDeadline: green, yellow at 70 %, red past due, never swept; decided → gone', async () => {
    t.setNow(t.fixedNow); // Monday 2 March 2026, 10:00 in China
    const awaiting = await caseIn(t, 'AWAITING_REPLY');
    const objected = await step(t, 'unit1.leader', awaiting.id, 'object');
    expect(objected.state).toBe('RECHECKING');
    // 15 calendar days from Monday 2 March: Tuesday 17 March, 23:59:59 in China.
    expect(objected.bodyDeadline).toMatchObject({
      kind: 'OBJECTION_ANSWER',
      basis: 'CALENDAR_DAYS',
      days: 15,
      dueAt: '2026-03-17T15:59:59.000Z',
      status: 'ON_TRACK',
    });
    const { dueAt, dueSoonAt } = objected.bodyDeadline!;

    expect(cardsOf(await board(), awaiting.id)).toEqual([
      expect.objectContaining({
        unitId: t.unitIds.unit1,
        kind: 'BODY_ANSWER',
        state: 'RECHECKING',
        dueAt,
        status: 'ON_TRACK',
        workingDaysLeft: 11, // 3–6, 9–13, 16–17 March
      }),
    ]);

    t.setNow(new Date(Date.parse(dueSoonAt) - 1));
    expect(cardsOf(await board(), awaiting.id)[0]!.status).toBe('ON_TRACK');
    t.setNow(new Date(dueSoonAt));
    expect(cardsOf(await board(), awaiting.id)[0]!.status).toBe('DUE_SOON');
    expect((await getCase(t, 'director', awaiting.id)).bodyDeadline?.status).toBe('DUE_SOON');

    t.setNow(new Date(Date.parse(dueAt) + 1000));
    expect(cardsOf(await board(), awaiting.id)[0]).toMatchObject({ status: 'OVERDUE', workingDaysLeft: 0 });
    const late = await getCase(t, 'director', awaiting.id);
    expect(late.bodyDeadline?.status).toBe('OVERDUE');
    // The sweeper leaves the body's own deadline alone.
    await t.inject({ method: 'POST', url: '/api/test/sweep' });
    const after = await getCase(t, 'director', awaiting.id);
    expect([after.state, after.version]).toEqual(['RECHECKING', late.version]);

    const dismissed = await step(t, 'director', awaiting.id, 'dismiss_objection');
    expect(dismissed.bodyDeadline).toBeNull();
    expect(cardsOf(await board(), awaiting.id).map((c) => c.kind)).toEqual(['UNIT_REPLY']);
    t.setNow(t.fixedNow);
  });

  it('uphold_objection ends it too (the case closes, no card left)', async () => {
    t.setNow(t.fixedNow);
    const c = await caseIn(t, 'RECHECKING');
    expect(cardsOf(await board(), c.id).map((x) => x.kind)).toEqual(['BODY_ANSWER']);
    const upheld = await step(t, 'director', c.id, 'uphold_objection');
    expect(upheld.bodyDeadline).toBeNull();
    expect(cardsOf(await board(), c.id)).toEqual([]);
  });

  it('propose_decision → a BODY_DECISION card (决定期限) until the government decides', async () => {
    t.setNow(t.fixedNow);
    const c = await caseIn(t, 'AWAITING_REPLY');
    const proposed = await step(t, 'director', c.id, 'propose_decision');
    expect(proposed.state).toBe('DECISION_PENDING');
    expect(proposed.bodyDeadline).toMatchObject({ kind: 'DECISION', dueAt: '2026-03-17T15:59:59.000Z' });
    expect(cardsOf(await board(), c.id).map((x) => x.kind)).toEqual(['BODY_DECISION']);
    const issued = await step(t, 'government', c.id, 'issue_decision');
    expect(issued.bodyDeadline).toBeNull();
    expect(cardsOf(await board(), c.id).map((x) => x.kind)).toEqual(['UNIT_REPLY']);
  });
});
