import type { TStats } from '@sp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseIn, step } from './flows.ts';
import { createTestApp, expectProblem, expectStatus, type TestApp } from './helper.ts';

// GET /api/stats as api-contract.md defines implementationRate: notices closed as RECTIFIED ÷
// notices whose loop has ended, a referral counting as NOT implemented (whether or not
// discipline inspection has concluded), a withdrawn notice left out. The expectation is
// counted here from the history (who was referred), not with the service's own filters.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const stats = async () => expectStatus<TStats>(await (await t.as('director')).get('/api/stats'), 200);

async function expectedRate() {
  const rectified = await t.prisma.case.count({ where: { outcome: 'RECTIFIED' } });
  const referred = new Set(
    (await t.prisma.caseEvent.findMany({ where: { action: { in: ['refer', 'refer_overdue'] } } })).map(
      (e) => e.caseId,
    ),
  ).size;
  return {
    rectified,
    referred,
    rate: rectified + referred === 0 ? null : rectified / (rectified + referred),
  };
}

describe('implementationRate', () => {
  it('counts rectified against rectified + referred; withdrawn and running notices do not count', async () => {
    const before = await expectedRate();
    expect((await stats()).implementationRate).toBe(before.rate);

    // A withdrawn notice and a running one change nothing.
    const withdrawn = await caseIn(t, 'RECHECKING');
    await step(t, 'director', withdrawn.id, 'uphold_objection');
    await caseIn(t, 'AWAITING_REPLY');
    expect((await stats()).implementationRate).toBe(before.rate);

    // One rectified, one referred (still with discipline), one referred and concluded.
    const rectified = await caseIn(t, 'REPLY_UNDER_REVIEW');
    await step(t, 'staff', rectified.id, 'accept_rectification');
    await caseIn(t, 'REFERRED');
    const concluded = await caseIn(t, 'REFERRED');
    await step(t, 'discipline', concluded.id, 'record_disposition');

    const after = await expectedRate();
    expect(after).toMatchObject({ rectified: before.rectified + 1, referred: before.referred + 2 });
    expect((await stats()).implementationRate).toBeCloseTo(
      (before.rectified + 1) / (before.rectified + before.referred + 3),
      12,
    );
  });

  it('notices issued are the approved notices; the dashboard is the center’s only', async () => {
    const body = await stats();
    expect(body.noticesIssued).toBe(await t.prisma.caseEvent.count({ where: { action: 'approve_notice' } }));
    expect(body.byState.CLOSED).toBe(await t.prisma.case.count({ where: { state: 'CLOSED' } }));
    for (const user of ['unit1.leader', 'discipline', 'supervisor', 'admin'] as const)
      expect(expectProblem(await (await t.as(user)).get('/api/stats'), 403).code).toBe('FORBIDDEN');
  });
});
