import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.ts';
import { FixedPrismaPGlite } from './pglite-adapter.ts';
import { PGLITE_EXTENSIONS } from './pglite-extensions.ts';

export type OpenDatabaseOptions = {
  /** `postgres://…` or `postgresql://…` selects PostgreSQL; anything else (or nothing) PGlite. */
  databaseUrl?: string;
  /** PGlite keeps its files in `${dataDir}/db`; `memory://…` gives a throw-away in-memory one. */
  dataDir: string;
  /** Connections in the pg pool (PostgreSQL only). */
  poolMax?: number;
  log?: (msg: string) => void;
};

type DatabaseBase = {
  prisma: PrismaClient;
  /** Disconnects Prisma, then closes the pool or the PGlite instance. Safe to call twice. */
  close(): Promise<void>;
};

/** The driver underneath Prisma, for work Prisma cannot do (the migration runner). */
export type RawDatabase = { kind: 'pglite'; raw: PGlite } | { kind: 'postgres'; raw: pg.Pool };

export type Database = DatabaseBase & RawDatabase;

export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//i.test(url);
}

/** Where a PGlite database lives for a data directory (`undefined` = in memory). */
export function pgliteDir(dataDir: string): string | undefined {
  return dataDir.startsWith('memory://') ? undefined : path.join(dataDir, 'db');
}

export async function openDatabase(opts: OpenDatabaseOptions): Promise<Database> {
  const log = opts.log ?? (() => {});
  if (isPostgresUrl(opts.databaseUrl)) return openPostgres(opts.databaseUrl, opts.poolMax ?? 10, log);
  return openPglite(pgliteDir(opts.dataDir), log);
}

async function openPostgres(url: string, max: number, log: (msg: string) => void): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client losing its connection emits 'error' on the pool; unhandled, that kills
  // the process. The pool drops the client and the next query gets a fresh one.
  pool.on('error', (error) => log(`postgres pool: idle client error: ${error.message}`));
  try {
    // Fail at start-up, not on the first request, when the server is unreachable.
    await pool.query('select 1');
  } catch (error) {
    await pool.end();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  log(`database: PostgreSQL (${redact(url)}), pool max ${max}`);
  return {
    kind: 'postgres',
    raw: pool,
    prisma,
    close: once(async () => {
      await prisma.$disconnect();
      await pool.end();
    }),
  };
}

async function openPglite(dir: string | undefined, log: (msg: string) => void): Promise<Database> {
  const started = performance.now();
  // PGlite fails on a missing parent directory.
  if (dir) await mkdir(dir, { recursive: true });
  const pglite = await PGlite.create({
    extensions: PGLITE_EXTENSIONS,
    ...(dir === undefined ? {} : { dataDir: dir }),
  });
  const prisma = new PrismaClient({ adapter: new FixedPrismaPGlite(pglite) });
  const ms = Math.round(performance.now() - started);
  log(`database: PGlite ${dir ?? '(in memory)'} opened in ${ms} ms`);
  return {
    kind: 'pglite',
    raw: pglite,
    prisma,
    close: once(async () => {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    }),
  };
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => {
    done ??= fn();
    return done;
  };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
