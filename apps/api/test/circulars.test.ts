import type { TCircular, TStats } from '@sp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseIn } from './flows.ts';
import { createTestApp, expectProblem, expectStatus, type TestApp } from './helper.ts';

// 通报: a draft from the period's statistics under the office profile's authority, edited while
// a draft; only the director issues it, which numbers it and freezes it; issued ones stay listed.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await caseIn(t, 'AWAITING_REPLY');
  await caseIn(t, 'CLOSED');
});
afterAll(async () => t?.close());

describe('/api/circulars', () => {
  it('drafts from the statistics, edits, issues once with a number, then stays frozen', async () => {
    const staff = await t.as('staff');
    const director = await t.as('director');
    const stats = expectStatus<TStats>(await director.get('/api/stats?from=2026-03-01&to=2026-03-31'), 200);
    const profile = await t.services.officeProfile.current();

    const draft = expectStatus<TCircular>(
      await staff.post('/api/circulars', { kind: 'MONTH', year: 2026, part: 3 }),
      201,
    );
    expect(draft).toMatchObject({
      kind: 'MONTH',
      periodFrom: '2026-03-01',
      periodTo: '2026-03-31',
      status: 'DRAFT',
      number: null,
      issuedAt: null,
      authorityName: profile.authorityName,
      title: '关于2026年3月行政执法监督工作情况的通报',
    });
    expect(draft.body).toContain(`共登记投诉举报及监督线索 ${stats.cases} 件`);
    expect(draft.body).toContain(`下发监督文书 ${stats.noticesIssued} 件`);

    const edited = expectStatus<TCircular>(
      await staff.patch(`/api/circulars/${draft.id}`, { body: `${draft.body}\n\n附：补充说明。` }),
      200,
    );
    expect(edited.body.endsWith('附：补充说明。')).toBe(true);

    expectProblem(await staff.post(`/api/circulars/${draft.id}/issue`), 403);
    const issued = expectStatus<TCircular>(await director.post(`/api/circulars/${draft.id}/issue`), 200);
    expect(issued).toMatchObject({ status: 'ISSUED', number: '监督通报〔2026〕1号', body: edited.body });
    expect(issued.issuedAt).toBe(t.clock.now().toISOString());

    expect(expectProblem(await director.patch(`/api/circulars/${draft.id}`, { title: '改' }), 422).code).toBe(
      'WRONG_STATE',
    );
    expectProblem(await director.post(`/api/circulars/${draft.id}/issue`), 422);

    const q = expectStatus<TCircular>(
      await director.post('/api/circulars', { kind: 'QUARTER', year: 2026, part: 1 }),
      201,
    );
    expect(q).toMatchObject({
      periodFrom: '2026-01-01',
      periodTo: '2026-03-31',
      title: '关于2026年第一季度行政执法监督工作情况的通报',
    });
    const second = expectStatus<TCircular>(await director.post(`/api/circulars/${q.id}/issue`), 200);
    expect(second.number).toBe('监督通报〔2026〕2号');

    const list = expectStatus<TCircular[]>(await staff.get('/api/circulars'), 200);
    expect(list.map((c) => c.id)).toEqual(expect.arrayContaining([draft.id, q.id]));
    expect(expectStatus<TCircular>(await staff.get(`/api/circulars/${draft.id}`), 200)).toEqual(issued);
  });

  it('bad input is 400, others 403, unknown 404', async () => {
    const director = await t.as('director');
    expectProblem(await director.post('/api/circulars', { kind: 'QUARTER', year: 2026, part: 5 }), 400);
    expectProblem(await director.post('/api/circulars', { kind: 'WEEK', year: 2026, part: 1 }), 400);
    expectProblem(await director.patch('/api/circulars/not-a-uuid', { title: 'x' }), 400);
    expectProblem(await director.get('/api/circulars/00000000-0000-4000-8000-000000000000'), 404);
    const unit = await t.as('unit1.leader');
    expectProblem(await unit.get('/api/circulars'), 403);
    expectProblem(await unit.post('/api/circulars', { kind: 'MONTH', year: 2026, part: 3 }), 403);
  });
});
