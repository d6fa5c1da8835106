import { randomUUID } from 'node:crypto';
import type { RawDatabase } from './database.ts';
import { defaultMigrationsDir, type MigrationFile, readMigrations } from './migration-files.ts';
import { type SqlSession, withSession } from './sql-session.ts';

export type RunMigrationsOptions = {
  /** Defaults to `<repo root>/prisma/migrations`, found by walking up from this module. */
  migrationsDir?: string;
  log?: (msg: string) => void;
};

export type RunMigrationsResult = { applied: string[] };

/** The same key `prisma migrate deploy` locks, so our runner and Prisma's exclude each other. */
const ADVISORY_LOCK_KEY = 72707369;

// Prisma's own bookkeeping table, column for column, so `prisma migrate deploy/status` accept
// a database migrated here (and the other way round).
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null };

/**
 * Applies every migration not yet recorded in `_prisma_migrations`, in name order, each in
 * its own transaction together with its bookkeeping row. A failing migration rolls back
 * completely (nothing is recorded), so fixing the file and restarting simply retries it.
 */
export async function runMigrations(
  db: RawDatabase,
  opts: RunMigrationsOptions = {},
): Promise<RunMigrationsResult> {
  const log = opts.log ?? (() => {});
  const dir = opts.migrationsDir ?? defaultMigrationsDir();
  const files = await readMigrations(dir);
  return withSession(db, async (session) => {
    const unlock = await lock(db.kind, session, log);
    let result: RunMigrationsResult;
    try {
      result = await applyPending(session, files, log);
    } catch (error) {
      // Keep the original error; withSession destroys the connection, which frees the lock.
      await unlock().catch(() => {});
      throw error;
    }
    await unlock();
    return result;
  });
}

async function lock(
  kind: RawDatabase['kind'],
  session: SqlSession,
  log: (msg: string) => void,
): Promise<() => Promise<void>> {
  // PGlite is one connection inside this process (withSession serialises runs on it); only a
  // shared PostgreSQL needs a lock against other processes starting at the same moment.
  if (kind !== 'postgres') return async () => {};
  const [row] = await session.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [
    ADVISORY_LOCK_KEY,
  ]);
  if (!row?.locked) {
    log('migrations: another instance is migrating; waiting for it');
    await session.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCK_KEY]);
  }
  return async () => {
    await session.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCK_KEY]);
  };
}

async function applyPending(
  session: SqlSession,
  files: MigrationFile[],
  log: (msg: string) => void,
): Promise<RunMigrationsResult> {
  // Look before creating: CREATE ... IF NOT EXISTS still needs the CREATE privilege on the
  // schema, which a least-privilege runtime role may lack once the table exists.
  const [found] = await session.query<{ exists: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`,
  );
  if (!found?.exists) await session.exec(CREATE_MIGRATIONS_TABLE);
  const rows = await session.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"
     WHERE rolled_back_at IS NULL ORDER BY started_at`,
  );
  const applied = checkHistory(rows, files, log);
  const pending = files.filter((f) => !applied.has(f.name));
  if (pending.length === 0) {
    log(`migrations: up to date (${files.length} applied)`);
    return { applied: [] };
  }
  for (const file of pending) {
    const started = performance.now();
    try {
      await session.transaction(async (tx) => {
        await tx.exec(file.sql);
        // now() is the transaction's start, clock_timestamp() the moment the script finished.
        await tx.query(
          `INSERT INTO "_prisma_migrations"
             (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
           VALUES ($1, $2, clock_timestamp(), $3, NULL, NULL, now(), 1)`,
          [randomUUID(), file.checksum, file.name],
        );
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`migration ${file.name} failed and was rolled back: ${reason}`, { cause: error });
    }
    log(`migrations: applied ${file.name} in ${Math.round(performance.now() - started)} ms`);
  }
  return { applied: pending.map((f) => f.name) };
}

/** Returns the names already applied; throws when the database and the files disagree. */
function checkHistory(rows: AppliedRow[], files: MigrationFile[], log: (msg: string) => void): Set<string> {
  const byName = new Map(files.map((f) => [f.name, f]));
  const applied = new Set<string>();
  for (const row of rows) {
    if (row.finished_at === null) {
      // Left by a failed `prisma migrate deploy` (ours never records failures): the schema is
      // in an unknown state that needs a human, exactly as Prisma's P3009 says.
      throw new Error(
        `migration ${row.migration_name} is recorded as started but not finished in _prisma_migrations; ` +
          'repair the database and mark it with `prisma migrate resolve` before starting',
      );
    }
    const file = byName.get(row.migration_name);
    if (!file) {
      // Typically an older build started against a database a newer build migrated.
      log(`migrations: warning: ${row.migration_name} is applied but not in the migrations directory`);
    } else if (file.checksum !== row.checksum) {
      throw new Error(
        `migration ${row.migration_name} was modified after it was applied ` +
          `(checksum in database ${row.checksum}, file ${file.checksum}); ` +
          'restore the original file and put the change in a new migration',
      );
    }
    applied.add(row.migration_name);
  }
  return applied;
}
