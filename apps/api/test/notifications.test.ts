import type { TNotification, TNotificationPage } from '@sp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseIn, createCase, driveTo, step } from './flows.ts';
import { createTestApp, type DemoUser, expectProblem, expectStatus, type TestApp } from './helper.ts';

// 待办 (api-contract v2 "Notifications and live updates"): who is told of which action is the
// domain's table; here, over HTTP, that the rows are written with the event, reach only those
// who may read the case, carry nothing of the reporter, and are read one's own only.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

async function inbox(who: DemoUser, query = ''): Promise<TNotificationPage> {
  return expectStatus<TNotificationPage>(await (await t.as(who)).get(`/api/notifications${query}`), 200);
}
async function about(who: DemoUser, caseId: string): Promise<TNotification[]> {
  return (await inbox(who, '?pageSize=100')).items.filter((n) => n.caseId === caseId);
}
const actions = (ns: TNotification[]) => ns.map((n) => n.action);

describe('GET /api/notifications', () => {
  it('tells the director of a draft to approve, and not the staff member who drafted it', async () => {
    const c = await caseIn(t, 'NOTICE_PENDING_APPROVAL');
    expect(actions(await about('director', c.id))).toEqual(['draft_notice']);
    expect(actions(await about('staff', c.id))).not.toContain('draft_notice');
    const [n] = await about('director', c.id);
    expect(n).toMatchObject({
      caseNumber: c.number,
      caseTitle: c.title,
      toState: 'NOTICE_PENDING_APPROVAL',
      actorRole: 'CENTER_STAFF',
      readAt: null,
    });
  });

  it("tells the case's unit — and no other unit — of a new notice, a 催办 and a rejection, without the reporter", async () => {
    const c = await createCase(t, {
      source: 'PUBLIC_COMPLAINT',
      reporter: { name: '王秘密', phone: '13912345678' },
    });
    // before its notice a unit does not see the case, so it hears nothing of it
    await driveTo(t, c.id, 'NOTICE_PENDING_APPROVAL');
    expect(await about('unit1.leader', c.id)).toEqual([]);
    await driveTo(t, c.id, 'AWAITING_REPLY');
    await step(t, 'staff', c.id, 'remind_unit');
    await driveTo(t, c.id, 'REPLY_UNDER_REVIEW');
    await step(t, 'staff', c.id, 'reject_rectification');
    for (const who of ['unit1.leader', 'unit1.handler'] as const)
      expect(actions(await about(who, c.id))).toEqual([
        'reject_rectification',
        'remind_unit',
        'approve_notice',
      ]);
    for (const who of ['unit2.leader', 'unit2.handler'] as const) expect(await about(who, c.id)).toEqual([]);
    // staff were told of the reply to review
    expect(actions(await about('staff', c.id))).toContain('submit_rectification');
    const raw = (await (await t.as('unit1.leader')).get('/api/notifications?pageSize=100')).body;
    expect(raw).not.toContain('王秘密');
    expect(raw).not.toContain('13912345678');
  });

  it('tells discipline inspection of a referral made by the sweeper, in the same transaction', async () => {
    const c = await caseIn(t, 'AWAITING_REPLY');
    t.setNow(new Date(t.fixedNow.getTime() + 60 * 86_400_000));
    try {
      expectStatus(await t.inject({ method: 'POST', url: '/api/test/sweep' }), 200);
    } finally {
      t.setNow(t.fixedNow);
    }
    const [n] = await about('discipline', c.id);
    expect(n).toMatchObject({ action: 'refer_overdue', toState: 'REFERRED', actorRole: null });
    const event = await t.prisma.caseEvent.findFirstOrThrow({
      where: { caseId: c.id, action: 'refer_overdue' },
    });
    const row = await t.prisma.notification.findFirstOrThrow({ where: { id: n!.id } });
    expect(row.seq).toBe(event.seq);
  });

  it('writes nothing when the action is refused (stale version, wrong state)', async () => {
    const c = await caseIn(t, 'INVESTIGATING');
    const before = await t.prisma.notification.count();
    const staff = await t.as('staff');
    expectProblem(
      await staff.post(`/api/cases/${c.id}/actions`, { action: 'draft_notice', version: c.version - 1 }),
      409,
    );
    expectProblem(await staff.act(c.id, 'remind_unit', { comment: '请尽快回复' }), 422);
    expect(await t.prisma.notification.count()).toBe(before);
  });

  it('pages newest first and counts the unread over all pages', async () => {
    const all = await inbox('director', '?pageSize=100');
    expect(all.unread).toBeGreaterThanOrEqual(2);
    const first = await inbox('director', '?pageSize=1');
    expect(first).toMatchObject({ page: 1, pageSize: 1, total: all.total, unread: all.unread });
    expect(first.items[0]?.id).toBe(all.items[0]?.id);
    const times = all.items.map((n) => n.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    expectProblem(await (await t.as('director')).get('/api/notifications?pageSize=101'), 400);
  });

  it('401 without a session', async () => {
    expectProblem(await t.inject({ method: 'GET', url: '/api/notifications' }), 401);
  });
});

describe('POST /api/notifications/:id/read', () => {
  it("marks one's own read (twice is fine) and lowers the unread count", async () => {
    const page = await inbox('director', '?unread=true');
    const target = page.items[0]!;
    const director = await t.as('director');
    expectStatus(await director.post(`/api/notifications/${target.id}/read`), 204);
    expectStatus(await director.post(`/api/notifications/${target.id}/read`), 204);
    const after = await inbox('director');
    expect(after.unread).toBe(page.unread - 1);
    expect(after.items.find((n) => n.id === target.id)?.readAt).toEqual(expect.any(String));
    expect((await inbox('director', '?unread=true')).items.map((n) => n.id)).not.toContain(target.id);
  });

  it("404 for someone else's, an unknown id and garbage", async () => {
    const theirs = (await inbox('unit1.leader')).items[0]!;
    const director = await t.as('director');
    expectProblem(await director.post(`/api/notifications/${theirs.id}/read`), 404);
    expect((await inbox('unit1.leader')).items.find((n) => n.id === theirs.id)?.readAt).toBeNull();
    expectProblem(await director.post('/api/notifications/00000000-0000-4000-8000-000000000000/read'), 404);
    expectProblem(await director.post("/api/notifications/'%20or%201=1/read"), 404);
  });
});

describe('OpenAPI', () => {
  it('describes the inbox, marking read and the live stream', async () => {
    const doc = expectStatus<{ paths: Record<string, Record<string, unknown>> }>(
      await t.inject({ method: 'GET', url: '/api/openapi.json' }),
      200,
    );
    expect(doc.paths['/api/notifications']?.get).toBeDefined();
    expect(doc.paths['/api/notifications/{id}/read']?.post).toBeDefined();
    expect(doc.paths['/api/events/stream']?.get).toBeDefined();
  });
});
