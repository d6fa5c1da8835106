import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseIn, step } from './flows.ts';
import { createTestApp, expectProblem, expectStatus, type TestApp } from './helper.ts';
import { baseUrlOf, openSse, type SseClient } from './sse-client.ts';

// GET /api/events/stream over real HTTP: `case` events for cases in the reader's scope,
// `notification` events for the reader's own, heartbeats, the end of the stream on sign-out
// and on shutdown, and no stream left behind.

let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await createTestApp({ liveHeartbeatMs: 200 });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = baseUrlOf(t.app.server as Server);
});
afterAll(async () => t?.close());

const parse = (data: string) => JSON.parse(data) as Record<string, unknown>;

describe('GET /api/events/stream', () => {
  it('401 without a session', async () => {
    const res = await t.inject({ method: 'GET', url: '/api/events/stream' });
    expectProblem(res, 401);
  });

  it('sends the case change and the notification to the unit whose case it is, nothing to another unit', async () => {
    const c = await caseIn(t, 'NOTICE_PENDING_APPROVAL');
    const mine = await openSse(base, await t.login('unit1.leader'));
    const other = await openSse(base, await t.login('unit2.leader'));
    try {
      expect(mine.status).toBe(200);
      const gotCase = mine.next((e) => e.event === 'case' && parse(e.data).id === c.id);
      const gotNote = mine.next((e) => e.event === 'notification' && parse(e.data).caseId === c.id);
      await step(t, 'director', c.id, 'approve_notice');
      expect(parse((await gotCase).data)).toEqual({
        id: c.id,
        state: 'AWAITING_REPLY',
        version: c.version + 1,
      });
      expect(parse((await gotNote).data)).toMatchObject({
        caseId: c.id,
        action: 'approve_notice',
        id: expect.any(String),
      });
      // a case of unit2 reaches unit2: everything before it would have arrived first
      const c2 = await caseIn(t, 'NOTICE_PENDING_APPROVAL', { unit: 'unit2' });
      const theirs = other.next((e) => e.event === 'case' && parse(e.data).id === c2.id);
      await step(t, 'director', c2.id, 'approve_notice');
      await theirs;
      expect(other.events.filter((e) => parse(e.data).id === c.id || parse(e.data).caseId === c.id)).toEqual(
        [],
      );
    } finally {
      mine.close();
      other.close();
    }
  });

  it('sends heartbeats', async () => {
    const s = await openSse(base, await t.login('staff'));
    try {
      await new Promise((r) => setTimeout(r, 700));
      expect(s.comments).toContain('ping');
    } finally {
      s.close();
    }
  });

  it("ends that session's streams on sign-out, and only those", async () => {
    const cookie = await t.login('director');
    const keep = await openSse(base, await t.login('director'));
    const s = await openSse(base, cookie);
    let ended = false;
    void s.ended.then(() => {
      ended = true;
    });
    expect(t.services.live.stats().streams).toBeGreaterThanOrEqual(2);
    expectStatus(await t.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } }), 204);
    await Promise.race([
      s.ended,
      new Promise((_, fail) => setTimeout(() => fail(new Error('still open')), 2000)),
    ]);
    expect(ended).toBe(true);
    let keptEnded = false;
    void keep.ended.then(() => {
      keptEnded = true;
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(keptEnded).toBe(false);
    keep.close();
  });

  it('forgets a stream the client closed (no leak)', async () => {
    const clients: SseClient[] = [];
    for (let i = 0; i < 5; i++) clients.push(await openSse(base, await t.login('staff')));
    const open = t.services.live.stats().streams;
    expect(open).toBeGreaterThanOrEqual(5);
    for (const c of clients) c.close();
    await expect.poll(() => t.services.live.stats().streams, { timeout: 2000 }).toBe(open - 5);
  });
});

describe('shutdown', () => {
  it('app.close() ends open streams promptly and leaves no stream nor listener behind', async () => {
    const u = await createTestApp({ liveHeartbeatMs: 200 });
    let closed = false;
    try {
      await u.app.listen({ port: 0, host: '127.0.0.1' });
      const url = baseUrlOf(u.app.server as Server);
      const streams = [
        await openSse(url, await u.login('staff')),
        await openSse(url, await u.login('director')),
      ];
      expect(u.services.live.stats()).toEqual({ streams: 2, listening: true });
      const started = Date.now();
      await u.close();
      closed = true;
      expect(Date.now() - started).toBeLessThan(5000);
      await Promise.all(streams.map((s) => s.ended));
      expect(u.services.live.stats()).toEqual({ streams: 0, listening: false });
    } finally {
      if (!closed) await u.close();
    }
  });
});
