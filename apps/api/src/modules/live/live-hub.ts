import { canViewCase, type TCaseChangeEvent, type TNotificationEvent, type UserActor } from '@sp/domain';
import type { Database } from '../../db/database.ts';
import { type Listener, listen } from '../../db/listen.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { sha256Hex } from '../../lib/tokens.ts';
import { LIVE_CHANNEL, type LiveMessage } from '../case-store/case-changes.ts';
import { announceSessionEnd, findCaseSnapshot } from './live.repository.ts';

// The Server-Sent Events of this instance. Every instance LISTENs on the live channel; what any
// instance commits (a case change, a notification, a sign-out) arrives here and goes to the
// streams it concerns: a case to those whose scope holds it (asked of the domain), a
// notification to its user, a sign-out ends that session's streams. A heartbeat keeps proxies
// from closing idle streams and re-checks the session (a password change, a deactivation).

export type LiveStream = {
  actor: UserActor;
  /** The session cookie's token (kept in memory only, to re-check the session). */
  token: string;
  send(event: 'case', data: TCaseChangeEvent): void;
  send(event: 'notification', data: TNotificationEvent): void;
  /** Something may have been missed (the instance lost its LISTEN connection): refetch all. */
  send(event: 'resync', data: Record<string, never>): void;
  ping(): void;
  end(): void;
};

type Deps = {
  db: Database;
  sessionValid(token: string): Promise<boolean>;
  heartbeatMs: number;
  log: (msg: string) => void;
};

/** What a sign-out announces: a key of the session that is not its token nor its stored hash. */
export const sessionKeyOf = (token: string) => sha256Hex(`live:${token}`);

export function createLiveHub({ db, sessionValid, heartbeatMs, log }: Deps) {
  const streams = new Set<LiveStream>();
  let listener: Listener | null = null;
  let starting: Promise<void> | null = null;
  let closed = false;
  let heartbeat: NodeJS.Timeout | null = null;
  const prisma: PrismaClient = db.prisma;

  async function onMessage(payload: string) {
    let m: LiveMessage;
    try {
      m = JSON.parse(payload) as LiveMessage;
    } catch {
      return;
    }
    if (streams.size === 0) return;
    switch (m.t) {
      case 'case': {
        const snap = await findCaseSnapshot(prisma, m.id);
        if (!snap) return;
        for (const s of streams)
          if (canViewCase(snap, s.actor)) s.send('case', { id: m.id, state: m.state, version: m.version });
        return;
      }
      case 'notification':
        for (const s of streams)
          if (s.actor.id === m.userId)
            s.send('notification', { id: m.id, caseId: m.caseId, action: m.action });
        return;
      case 'logout':
        for (const s of streams) if (sessionKeyOf(s.token) === m.session) s.end();
        return;
    }
  }

  async function beat() {
    for (const s of [...streams]) {
      if (!(await sessionValid(s.token).catch(() => true))) s.end();
      else s.ping();
    }
  }

  return {
    /** Starts listening (once); the first stream does it, so an idle instance holds no connection. */
    async start(): Promise<void> {
      if (closed) throw new Error('live hub closed');
      starting ??= listen(
        db,
        LIVE_CHANNEL,
        (p) => void onMessage(p).catch((e: Error) => log(`live: ${e.message}`)),
        log,
        () => {
          for (const s of streams) s.send('resync', {});
        },
      ).then((l) => {
        listener = l;
        heartbeat = setInterval(() => void beat(), heartbeatMs);
        heartbeat.unref();
      });
      await starting;
    },

    /** Adds a stream; returns the function that removes it (on the client's disconnect). */
    add(stream: LiveStream): () => void {
      streams.add(stream);
      return () => streams.delete(stream);
    },

    /** A session signed out: its streams end, on every instance. */
    async sessionEnded(token: string): Promise<void> {
      await announceSessionEnd(prisma, sessionKeyOf(token));
    },

    /** How many streams are open and whether the instance listens (tests: no leaks). */
    stats() {
      return { streams: streams.size, listening: listener !== null };
    },

    /** Ends every stream (server shutdown): before the server closes, so close() never hangs. */
    endAll() {
      for (const s of [...streams]) s.end();
    },

    async close(): Promise<void> {
      closed = true;
      for (const s of [...streams]) s.end();
      if (heartbeat) clearInterval(heartbeat);
      await starting?.catch(() => {});
      await listener?.close();
      listener = null;
    },
  };
}

export type LiveHub = ReturnType<typeof createLiveHub>;
