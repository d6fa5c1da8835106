import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { runMigrations } from './migrate.ts';
import { defaultMigrationsDir, defaultSchemaPath } from './migration-files.ts';
import { FixedPrismaPGlite } from './pglite-adapter.ts';
import { PGLITE_EXTENSIONS } from './pglite-extensions.ts';

// The Prisma CLI's schema engine is a native binary downloaded from a host unreachable here;
// the same engine ships as Wasm (dev dependency). Its package entry does `import * from
// "./x.wasm"`, which Node 20 cannot load, so we instantiate the Wasm against its JS glue.
type Glue = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');
type WasmExports = Record<string, unknown> & { __wbindgen_start(): void };
// @types/node 20 does not declare the WebAssembly global; this is the one call we need.
type WasmApi = {
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: WasmExports } }>;
};
const { WebAssembly: wasm } = globalThis as unknown as { WebAssembly: WasmApi };

let engineModule: Promise<Glue> | undefined;

/** The Wasm schema engine module, instantiated once per process. */
export function loadSchemaEngine(): Promise<Glue> {
  engineModule ??= instantiate();
  return engineModule;
}

async function instantiate(): Promise<Glue> {
  // The glue reports Rust panics through this global (Prisma's runtime may have set one up
  // already); without it a panic is a bare "unreachable" with no message.
  let message = '';
  panicRegistry().PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message: (m: string) => {
      message = m;
    },
    get: () => message,
  };
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const glue: Glue = await import('@prisma/schema-engine-wasm/schema_engine_bg');
  const bytes = await readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
  const { instance } = await wasm.instantiate(bytes, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return glue;
}

type PanicRegistry = { set_message(message: string): void; get?(): string };

function panicRegistry(): { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry } {
  return globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
}

export type SchemaDiffOptions = {
  migrationsDir?: string;
  schemaPath?: string;
};

/**
 * The SQL that takes a database built from the migrations to the state `schema.prisma`
 * describes; an empty string when they agree. The migrations are applied by our own runner to
 * a scratch in-memory PGlite, then the engine diffs that live database against the schema
 * (its own `createMigration` and migrations-folder diffs need a shadow database that fails
 * here).
 */
export async function diffMigrationsToSchema(opts: SchemaDiffOptions = {}): Promise<string> {
  const schemaPath = opts.schemaPath ?? defaultSchemaPath();
  const schema = await readFile(schemaPath, 'utf8');
  const glue = await loadSchemaEngine();
  const scratch = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
  let engine: SchemaEngine | undefined;
  try {
    await runMigrations(
      { kind: 'pglite', raw: scratch },
      { migrationsDir: opts.migrationsDir ?? defaultMigrationsDir() },
    );
    const adapter = bindMigrationAwareSqlAdapterFactory(new FixedPrismaPGlite(scratch));
    engine = await glue.SchemaEngine.new({ datamodels: undefined }, () => {}, adapter);
    const files = [{ path: schemaPath, content: schema }];
    const result = await engine.diff({
      from: { tag: 'schemaDatasource', files, configDir: path.dirname(schemaPath) },
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: null,
      // The engine itself leaves `_prisma_migrations` out of the diff.
      filters: { externalTables: [], externalEnums: [] },
    });
    return isEmptyScript(result.stdout ?? '') ? '' : (result.stdout ?? '');
  } catch (error) {
    const panic = panicRegistry().PRISMA_WASM_PANIC_REGISTRY?.get?.();
    if (panic) throw new Error(`schema engine panicked: ${panic}`, { cause: error });
    throw error;
  } finally {
    engine?.free();
    await scratch.close();
  }
}

// An empty diff renders as a comment only ("-- This is an empty migration.").
function isEmptyScript(script: string): boolean {
  return script
    .split('\n')
    .map((line) => line.trim())
    .every((line) => line === '' || line.startsWith('--'));
}
