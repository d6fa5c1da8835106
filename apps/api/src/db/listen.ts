import pg from 'pg';
import type { RawDatabase } from './database.ts';

// LISTEN on one channel, the same on PGlite and PostgreSQL. PostgreSQL gets a connection of
// its own (outside the pool, which would hand it to queries), reconnected after a failure;
// PGlite delivers to its own listeners. Either way a NOTIFY sent inside a transaction arrives
// when that transaction commits, and never if it rolls back.

export type Listener = { close(): Promise<void> };

export async function listen(
  db: RawDatabase,
  channel: string,
  onMessage: (payload: string) => void,
  log: (msg: string) => void = () => {},
  /** After a lost connection was replaced: what was sent in between is gone (PostgreSQL only). */
  onReconnect: () => void = () => {},
): Promise<Listener> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`invalid channel ${channel}`);
  if (db.kind === 'pglite') {
    const unlisten = await db.raw.listen(channel, onMessage);
    return {
      async close() {
        if (!db.raw.closed) await unlisten();
      },
    };
  }
  return listenPostgres(db.raw, channel, onMessage, log, onReconnect);
}

async function listenPostgres(
  pool: pg.Pool,
  channel: string,
  onMessage: (payload: string) => void,
  log: (msg: string) => void,
  onReconnect: () => void,
): Promise<Listener> {
  let closed = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;

  async function connect(): Promise<void> {
    const c = new pg.Client(pool.options);
    c.on('notification', (n) => {
      if (n.channel === channel && n.payload !== undefined) onMessage(n.payload);
    });
    c.on('error', (error) => {
      log(`listen ${channel}: ${error.message}; reconnecting`);
      lost(c);
    });
    c.on('end', () => lost(c));
    await c.connect();
    await c.query(`LISTEN ${channel}`);
    if (closed) {
      await c.end();
      return;
    }
    client = c;
  }

  function lost(c: pg.Client) {
    if (client !== c || closed) return;
    client = null;
    c.end().catch(() => {});
    schedule();
  }

  function schedule() {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = null;
      connect()
        .then(() => {
          if (client) onReconnect();
        })
        .catch((error: Error) => {
          log(`listen ${channel}: ${error.message}; retrying`);
          schedule();
        });
    }, 1000);
    retry.unref();
  }

  await connect();
  return {
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}
