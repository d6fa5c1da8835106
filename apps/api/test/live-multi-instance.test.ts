import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseIn, step } from './flows.ts';
import { createTestApp, onPostgres, type TestApp } from './helper.ts';
import { baseUrlOf, openSse } from './sse-client.ts';

// Two API instances on one PostgreSQL database: a change committed on A reaches an SSE client
// of B through LISTEN/NOTIFY within 2 s; a sign-out on A ends that session's stream on B.

describe.skipIf(!onPostgres)('PostgreSQL only: live updates across two instances (LISTEN/NOTIFY)', () => {
  let a: TestApp;
  let b: TestApp;
  let baseB: string;

  beforeAll(async () => {
    a = await createTestApp();
    b = await createTestApp({ database: a.database, prepare: false });
    await b.app.listen({ port: 0, host: '127.0.0.1' });
    baseB = baseUrlOf(b.app.server as Server);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('a change on instance A reaches an SSE client on instance B within 2 s', async () => {
    const c = await caseIn(a, 'NOTICE_PENDING_APPROVAL');
    const s = await openSse(baseB, await b.login('unit1.leader'));
    try {
      // When each event arrived, measured against the moment A answered (the commit is before).
      const arrival = (p: Promise<unknown>) => p.then((e) => ({ e, at: Date.now() }));
      const gotCase = arrival(s.next((e) => e.event === 'case' && JSON.parse(e.data).id === c.id, 15_000));
      const gotNote = arrival(
        s.next((e) => e.event === 'notification' && JSON.parse(e.data).caseId === c.id, 15_000),
      );
      await step(a, 'director', c.id, 'approve_notice');
      const committed = Date.now();
      const caseEvent = await gotCase;
      expect(JSON.parse((caseEvent.e as { data: string }).data)).toEqual({
        id: c.id,
        state: 'AWAITING_REPLY',
        version: c.version + 1,
      });
      expect(caseEvent.at - committed).toBeLessThan(2000);
      expect((await gotNote).at - committed).toBeLessThan(2000);
    } finally {
      s.close();
    }
  });

  it('a sign-out on A ends the same session’s stream on B', async () => {
    const cookie = await a.login('staff');
    const s = await openSse(baseB, cookie);
    expect(s.status).toBe(200);
    await a.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    await Promise.race([
      s.ended,
      new Promise((_, fail) => setTimeout(() => fail(new Error('still open')), 2000)),
    ]);
    await expect.poll(() => b.services.live.stats().streams, { timeout: 2000 }).toBe(0);
  });
  it('keeps listening after its LISTEN connection is killed (reconnects)', async () => {
    const c = await caseIn(a, 'NOTICE_PENDING_APPROVAL');
    const s = await openSse(baseB, await b.login('unit1.handler'));
    try {
      const listeners = async () =>
        (
          await a.prisma.$queryRawUnsafe<{ pid: number }[]>(
            `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN sp_live'`,
          )
        ).map((r) => r.pid);
      const before = await listeners();
      expect(before.length).toBeGreaterThanOrEqual(1);
      await a.prisma.$queryRawUnsafe(
        `SELECT pg_terminate_backend(pid)::text FROM unnest($1::int[]) AS pid`,
        before,
      );
      // a new LISTEN connection, not one of those killed
      await expect
        .poll(async () => (await listeners()).filter((pid) => !before.includes(pid)).length, {
          timeout: 10_000,
        })
        .toBeGreaterThanOrEqual(1);
      // the stream is told it may have missed something, then hears the next change
      if (!s.events.some((e) => e.event === 'resync')) await s.next((e) => e.event === 'resync', 10_000);
      const got = s.next((e) => e.event === 'case' && JSON.parse(e.data).id === c.id, 10_000);
      await step(a, 'director', c.id, 'approve_notice');
      await got;
    } finally {
      s.close();
    }
  });
});
