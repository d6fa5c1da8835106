import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type MigrationFile = {
  /** Directory name, e.g. `20250101120000_init`; also the `migration_name` Prisma records. */
  name: string;
  sql: string;
  /** sha256 hex of the file's bytes, as Prisma stores in `_prisma_migrations.checksum`. */
  checksum: string;
};

/**
 * The repository root: the nearest ancestor of this module holding `prisma/migrations`.
 * Walking up works from `src/db` under tsx/vitest and from `dist/db` after tsc alike.
 */
export function findRepoRoot(from: string = path.dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (isDirectory(path.join(dir, 'prisma', 'migrations'))) return dir;
    if (path.dirname(dir) === dir) {
      throw new Error(`cannot find prisma/migrations in ${from} or any parent directory`);
    }
  }
}

export function defaultMigrationsDir(): string {
  return path.join(findRepoRoot(), 'prisma', 'migrations');
}

export function defaultSchemaPath(): string {
  return path.join(findRepoRoot(), 'prisma', 'schema.prisma');
}

export function checksumOf(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Every `<dir>/<name>/migration.sql`, sorted by name (byte order, as Prisma does). */
export async function readMigrations(dir: string): Promise<MigrationFile[]> {
  if (!isDirectory(dir)) throw new Error(`migrations directory not found: ${dir}`);
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name, 'migration.sql');
      // A directory without its script is a half-made migration: applying the others and
      // skipping it would silently diverge from `prisma migrate deploy`, which fails too.
      if (!existsSync(file)) throw new Error(`migration ${name} has no migration.sql (${file})`);
      const bytes = await readFile(file);
      return { name, sql: bytes.toString('utf8'), checksum: checksumOf(bytes) };
    }),
  );
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
