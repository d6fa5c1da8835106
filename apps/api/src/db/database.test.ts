import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPostgresUrl, openDatabase, pgliteDir } from './database.ts';
import { runMigrations } from './migrate.ts';
import { FixedPrismaPGlite } from './pglite-adapter.ts';
import { PGLITE_EXTENSIONS } from './pglite-extensions.ts';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'sp-database-test-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('openDatabase', () => {
  it('chooses the backend from the URL', () => {
    expect(isPostgresUrl('postgres://u@h/db')).toBe(true);
    expect(isPostgresUrl('postgresql://u@h/db')).toBe(true);
    expect(isPostgresUrl(undefined)).toBe(false);
    expect(isPostgresUrl('file:./dev.db')).toBe(false);
    expect(pgliteDir('memory://')).toBeUndefined();
    expect(pgliteDir('/var/lib/sp')).toBe(path.join('/var/lib/sp', 'db'));
  });

  it('creates the PGlite directory, keeps data across a reopen, and closes twice safely', async () => {
    const dataDir = path.join(scratch, 'nested', 'data');
    const first = await openDatabase({ dataDir });
    expect(first.kind).toBe('pglite');
    expect(existsSync(path.join(dataDir, 'db'))).toBe(true);
    expect((await runMigrations(first)).applied.length).toBeGreaterThan(0);
    await first.prisma.unit.create({ data: { name: 'persisted' } });
    await first.close();
    await first.close();

    const second = await openDatabase({ dataDir });
    try {
      expect((await runMigrations(second)).applied).toEqual([]);
      expect(await second.prisma.unit.findMany({ select: { name: true } })).toEqual([{ name: 'persisted' }]);
    } finally {
      await second.close();
    }
  });
});

describe('FixedPrismaPGlite', () => {
  // pglite-prisma-adapter 0.7.2 resolves executeScript before the script ran, so errors were
  // lost (and later crashed the process). The fixed adapter must reject, and run in order.
  it('awaits executeScript and rejects when the script fails', async () => {
    const pglite = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
    try {
      const adapter = await new FixedPrismaPGlite(pglite).connect();
      await adapter.executeScript('CREATE TABLE t (id int); INSERT INTO t VALUES (1);');
      expect((await pglite.query('SELECT count(*)::int AS n FROM t')).rows).toEqual([{ n: 1 }]);
      await expect(adapter.executeScript('SELECT * FROM missing_table')).rejects.toMatchObject({
        name: 'DriverAdapterError',
      });
    } finally {
      await pglite.close();
    }
  });
});
