import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMigrations } from '../cli/check-migrations.ts';
import { makeMigration } from '../cli/make-migration.ts';
import { defaultMigrationsDir, defaultSchemaPath } from './migration-files.ts';

// The real Wasm schema engine against a scratch PGlite: what `pnpm db:check` runs in CI.

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'sp-schema-engine-test-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** A private copy of prisma/ (schema + migrations) that a test may change. */
async function copyPrisma(label: string): Promise<{ schemaPath: string; migrationsDir: string }> {
  const dir = path.join(scratch, label);
  await cp(defaultMigrationsDir(), path.join(dir, 'migrations'), { recursive: true });
  await cp(defaultSchemaPath(), path.join(dir, 'schema.prisma'));
  return { schemaPath: path.join(dir, 'schema.prisma'), migrationsDir: path.join(dir, 'migrations') };
}

const NEW_MODEL = `
model Probe {
  id   Int    @id @default(autoincrement())
  note String

  @@map("probes")
}
`;

describe('check-migrations', () => {
  it('reports that the repository schema and migrations agree', async () => {
    expect(await checkMigrations()).toEqual({ agree: true, diff: '' });
  });

  it('reports the missing SQL when the schema gained a model', async () => {
    const { schemaPath, migrationsDir } = await copyPrisma('drift');
    await writeFile(schemaPath, (await readFile(schemaPath, 'utf8')) + NEW_MODEL);
    const result = await checkMigrations({ schemaPath, migrationsDir });
    expect(result.agree).toBe(false);
    expect(result.diff).toContain('CREATE TABLE "probes"');
  });
});

describe('make-migration', () => {
  it('writes a migration that closes the gap, then finds no changes', async () => {
    const { schemaPath, migrationsDir } = await copyPrisma('make');
    await writeFile(schemaPath, (await readFile(schemaPath, 'utf8')) + NEW_MODEL);
    const now = new Date(Date.UTC(2999, 0, 2, 3, 4, 5));
    const { created } = await makeMigration('Add probes!', { schemaPath, migrationsDir, now });
    expect(created).toBe('29990102030405_add_probes');
    const sql = await readFile(path.join(migrationsDir, created!, 'migration.sql'), 'utf8');
    expect(sql).toContain('CREATE TABLE "probes"');
    expect(await checkMigrations({ schemaPath, migrationsDir })).toEqual({ agree: true, diff: '' });
    expect(await makeMigration('again', { schemaPath, migrationsDir, now })).toEqual({ created: null });
    expect((await readdir(migrationsDir)).filter((n) => n.includes('again'))).toEqual([]);
    // Four schema-engine runs over every migration: minutes, not seconds, on a loaded 2-core CI.
  }, 240_000);
});
