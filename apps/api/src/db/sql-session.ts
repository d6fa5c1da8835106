import type { PGlite, Transaction } from '@electric-sql/pglite';
import type pg from 'pg';
import type { RawDatabase } from './database.ts';

/** The little the migration runner needs from a connection, the same on PGlite and pg. */
export type SqlSession = {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements (simple query protocol, no parameters). */
  exec(sql: string): Promise<void>;
  transaction(fn: (tx: SqlSession) => Promise<void>): Promise<void>;
};

// Runs on one PGlite instance are chained so two concurrent callers in a process cannot both
// see a migration as pending and apply it twice.
const pgliteQueues = new WeakMap<PGlite, Promise<unknown>>();

/** Runs `fn` on one dedicated connection (a session-level advisory lock needs exactly that). */
export async function withSession<T>(db: RawDatabase, fn: (session: SqlSession) => Promise<T>): Promise<T> {
  if (db.kind === 'pglite') {
    const pglite = db.raw;
    const previous = pgliteQueues.get(pglite) ?? Promise.resolve();
    const run = previous.catch(() => {}).then(() => fn(pgliteSession(pglite)));
    pgliteQueues.set(pglite, run);
    return run;
  }
  const client = await db.raw.connect();
  let broken = false;
  try {
    return await fn(pgSession(client));
  } catch (error) {
    broken = true;
    throw error;
  } finally {
    // A client that failed mid-way may still hold the advisory lock or an open transaction;
    // destroying it (release(true)) ends its server session, which frees both.
    client.release(broken);
  }
}

function pgliteSession(db: PGlite | Transaction): SqlSession {
  return {
    async query<T>(sql: string, params?: unknown[]) {
      return (await db.query<T>(sql, params)).rows;
    },
    async exec(sql) {
      await db.exec(sql);
    },
    async transaction(fn) {
      if (!('transaction' in db)) throw new Error('nested transactions are not supported');
      await db.transaction((tx) => fn(pgliteSession(tx)));
    },
  };
}

function pgSession(client: pg.PoolClient, inTransaction = false): SqlSession {
  return {
    async query<T>(sql: string, params?: unknown[]) {
      return (await client.query(sql, params)).rows as T[];
    },
    async exec(sql) {
      await client.query(sql);
    },
    async transaction(fn) {
      if (inTransaction) throw new Error('nested transactions are not supported');
      await client.query('BEGIN');
      try {
        await fn(pgSession(client, true));
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      }
    },
  };
}
