import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseBody, caseIn, createCase, getCase, getEvents } from './flows.ts';
import { createTestApp, expectProblem, expectStatus, FIXED_NOW, type TestApp } from './helper.ts';

// Duplicate hints, merge (合并办理) and related cases (关联案件), issue 10.

type Similar = { id: string; number: string; title: string; state: string; createdAt: string; score: number };
type Related = {
  relation: 'MERGED_INTO' | 'MERGED_FROM' | 'RELATED';
  case: { id: string; number: string; title: string; state: string; outcome: string | null };
  note: string | null;
  createdAt: string;
};

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const DAY = 24 * 60 * 60 * 1000;

async function similar(params: Record<string, string>, who: 'staff' | 'director' | 'unit1.leader' = 'staff') {
  const client = await t.as(who);
  return client.get(`/api/cases/similar?${new URLSearchParams(params)}`);
}

async function related(who: Parameters<TestApp['as']>[0], id: string) {
  return (await t.as(who)).get(`/api/cases/${id}/related`);
}

describe('GET /api/cases/similar', () => {
  let recent: CaseBody;
  let unrelated: CaseBody;
  let otherUnit: CaseBody;
  let old: CaseBody;

  beforeAll(async () => {
    // 100 days before the test clock: outside the 90-day window.
    t.clock.set(new Date(FIXED_NOW.getTime() - 100 * DAY));
    old = await createCase(t, { title: '某某路段摊贩被暴力执法', description: '旧案：夜间收缴摊贩货物。' });
    t.clock.set(new Date(FIXED_NOW.getTime() - 7 * DAY));
    recent = await createCase(t, {
      title: '某某路段摊贩被暴力执法',
      description: '投诉人反映城管队员在某某路段暴力收缴摊贩的三轮车，并推搡摊主。',
    });
    unrelated = await createCase(t, {
      title: '某某街道违规停车罚款未出具票据',
      description: '投诉人称交警罚款后未出具正式票据。',
    });
    otherUnit = await createCase(t, {
      unit: 'unit2',
      title: '某某路段摊贩被暴力执法',
      description: '投诉人反映城管队员在某某路段暴力收缴摊贩的三轮车，并推搡摊主。',
    });
    t.clock.set(FIXED_NOW);
  });

  it('finds the near-duplicate of the same unit from the last 90 days, with its score', async () => {
    const res = await similar({ unitId: t.unitIds.unit1, title: '某某路段摊贩遭暴力执法' });
    const found = expectStatus<Similar[]>(res, 200);
    const ids = found.map((f) => f.id);
    expect(ids).toContain(recent.id);
    // Not another unit's case, not one older than 90 days, not an unrelated title of the unit.
    expect(ids).not.toContain(otherUnit.id);
    expect(ids).not.toContain(old.id);
    expect(ids).not.toContain(unrelated.id);
    const hit = found.find((f) => f.id === recent.id)!;
    expect(hit).toMatchObject({ number: recent.number, title: recent.title, state: 'RECEIVED' });
    expect(hit.score).toBeGreaterThanOrEqual(0.3);
    expect(new Date(hit.createdAt).getTime()).toBe(FIXED_NOW.getTime() - 7 * DAY);
    expect(found.length).toBeLessThanOrEqual(5);
  });

  it('finds by a near-copy description under another title; leaves out the excluded case', async () => {
    const byText = expectStatus<Similar[]>(
      await similar({
        unitId: t.unitIds.unit1,
        title: '摊主投诉',
        description: '投诉人反映城管队员在某某路段暴力收缴摊贩三轮车，还推搡了摊主。',
      }),
      200,
    );
    expect(byText.map((f) => f.id)).toContain(recent.id);
    const excluded = expectStatus<Similar[]>(
      await similar({ unitId: t.unitIds.unit1, title: recent.title, excludeId: recent.id }),
      200,
    );
    expect(excluded.map((f) => f.id)).not.toContain(recent.id);
  });

  it('400 problem for a bad query; 403 for a unit user', async () => {
    expectProblem(await similar({ unitId: 'nope', title: 'x' }), 400);
    expectProblem(await similar({ unitId: t.unitIds.unit1 }), 400);
    expectProblem(await similar({ unitId: t.unitIds.unit1, title: 'x'.repeat(201) }), 400);
    expectProblem(await similar({ unitId: t.unitIds.unit1, title: 'x', excludeId: '1' }), 400);
    expectProblem(await similar({ unitId: t.unitIds.unit1, title: '摊贩' }, 'unit1.leader'), 403);
  });
});

describe('merge (合并办理)', () => {
  it('closes the duplicate as MERGED, writes the link, and both cases list it', async () => {
    const target = await caseIn(t, 'ASSESSING', { title: '夜市摊贩物品被收缴（主案）' });
    const dup = await createCase(t, { title: '夜市摊贩物品被收缴' });
    const staff = await t.as('staff');
    const after = expectStatus<CaseBody>(
      await staff.act(dup.id, 'merge', { targetCaseNumber: target.number, reason: '同一事项' }),
      200,
    );
    expect(after).toMatchObject({ state: 'CLOSED', outcome: 'MERGED', allowedActions: [] });
    const links = await t.prisma.caseLink.findMany({ where: { caseId: dup.id } });
    expect(links).toMatchObject([{ relatedCaseId: target.id, kind: 'MERGED_INTO', note: '同一事项' }]);
    const events = await getEvents(t, 'staff', dup.id);
    expect(events.at(-1)).toMatchObject({
      action: 'merge',
      toState: 'CLOSED',
      data: { targetCase: { id: target.id, number: target.number } },
    });

    const fromDup = expectStatus<Related[]>(await related('staff', dup.id), 200);
    expect(fromDup).toMatchObject([
      { relation: 'MERGED_INTO', case: { id: target.id, number: target.number } },
    ]);
    const fromTarget = expectStatus<Related[]>(await related('director', target.id), 200);
    expect(fromTarget).toMatchObject([
      { relation: 'MERGED_FROM', case: { id: dup.id, state: 'CLOSED', outcome: 'MERGED' }, note: '同一事项' },
    ]);
    // The target is untouched: still open, same version.
    expect((await getCase(t, 'staff', target.id)).version).toBe(target.version);
  });

  it('the public tracking page of a merged case says so plainly, naming nothing of the other case', async () => {
    const target = await createCase(t, { title: '出租车营运证年审乱收费' });
    const res = await t.inject({
      method: 'POST',
      url: '/api/public/reports',
      payload: {
        title: '出租车年审乱收费',
        description: '年审被收取服务费 300 元。',
        unitId: t.unitIds.unit1,
      },
    });
    const { trackingCode } = expectStatus<{ trackingCode: string }>(res, 201);
    const filed = await t.prisma.case.findFirstOrThrow({ where: { title: '出租车年审乱收费' } });
    const staff = await t.as('staff');
    expectStatus(await staff.act(filed.id, 'merge', { targetCaseId: target.id }), 200);
    const tracking = await t.inject({ method: 'GET', url: `/api/public/reports/${trackingCode}` });
    const body = expectStatus<Record<string, unknown>>(tracking, 200);
    expect(body.status).toBe('已办结');
    expect(JSON.stringify(body)).toContain('已与同一事项合并办理');
    expect(JSON.stringify(body)).not.toContain(target.number);
    expect(JSON.stringify(body)).not.toContain('出租车营运证年审乱收费');
  });

  it('refuses a closed, another unit’s, the same and an unknown case (422), and merging after a notice', async () => {
    const dup = await createCase(t, { title: '重复线索（拒绝情形）' });
    const closed = await caseIn(t, 'CLOSED');
    const other = await createCase(t, { unit: 'unit2', title: '他单位案件' });
    const staff = await t.as('staff');
    const refused = async (payload: Record<string, unknown>, reason: string) => {
      const p = expectProblem(await staff.act(dup.id, 'merge', payload), 422);
      expect(p).toMatchObject({ code: 'RULE_VIOLATION', reason });
    };
    await refused({ targetCaseId: closed.id }, 'TARGET_CLOSED');
    await refused({ targetCaseNumber: other.number }, 'TARGET_OTHER_UNIT');
    await refused({ targetCaseId: dup.id }, 'TARGET_IS_SELF');
    await refused({ targetCaseNumber: '执监案〔1999〕1号' }, 'UNKNOWN_TARGET_CASE');
    await refused({ targetCaseId: '00000000-0000-4000-8000-000000000000' }, 'UNKNOWN_TARGET_CASE');
    expectProblem(await staff.act(dup.id, 'merge', {}), 400);
    expect(await t.prisma.caseLink.count({ where: { caseId: dup.id } })).toBe(0);
    expect((await getCase(t, 'staff', dup.id)).state).toBe('RECEIVED');
    const late = await caseIn(t, 'AWAITING_REPLY');
    const p = expectProblem(await staff.act(late.id, 'merge', { targetCaseId: dup.id }), 422);
    expect(p.code).toBe('WRONG_STATE');
  });
});

describe('link_related (关联案件) and who reads the links', () => {
  it('links without moving either case, both directions list it; a pair links once', async () => {
    const a = await caseIn(t, 'INVESTIGATING', { title: '关联甲' });
    const b = await caseIn(t, 'CLOSED', { unit: 'unit2', title: '关联乙' });
    const director = await t.as('director');
    const after = expectStatus<CaseBody>(
      await director.act(a.id, 'link_related', { targetCaseNumber: b.number, note: '同一执法行动' }),
      200,
    );
    expect(after).toMatchObject({ state: 'INVESTIGATING', version: a.version + 1 });
    expect(expectStatus<Related[]>(await related('staff', a.id), 200)).toMatchObject([
      { relation: 'RELATED', case: { id: b.id }, note: '同一执法行动' },
    ]);
    expect(expectStatus<Related[]>(await related('staff', b.id), 200)).toMatchObject([
      { relation: 'RELATED', case: { id: a.id } },
    ]);
    const again = expectProblem(await director.act(a.id, 'link_related', { targetCaseId: b.id }), 422);
    expect(again.reason).toBe('ALREADY_LINKED');
  });

  it('a unit user sees links only to cases it may see; a case it may not see is 404', async () => {
    const seen = await caseIn(t, 'AWAITING_REPLY', { title: '单位可见的案件' });
    const hidden = await caseIn(t, 'ASSESSING', { title: '单位尚不可见的案件' });
    const otherUnits = await caseIn(t, 'AWAITING_REPLY', { unit: 'unit2', title: '他单位已发通知书' });
    const alsoSeen = await caseIn(t, 'AWAITING_REPLY', { title: '单位可见的另一案件' });
    const staff = await t.as('staff');
    for (const other of [hidden, otherUnits, alsoSeen])
      expectStatus(await staff.act(seen.id, 'link_related', { targetCaseId: other.id }), 200);
    expect(expectStatus<Related[]>(await related('staff', seen.id), 200)).toHaveLength(3);
    const forUnit = expectStatus<Related[]>(await related('unit1.handler', seen.id), 200);
    expect(forUnit.map((l) => l.case.id)).toEqual([alsoSeen.id]);
    expectProblem(await related('unit1.handler', hidden.id), 404);
    expectProblem(await related('unit2.handler', seen.id), 404);
  });
});
