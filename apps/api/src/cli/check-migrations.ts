import { pathToFileURL } from 'node:url';
import { diffMigrationsToSchema, type SchemaDiffOptions } from '../db/schema-engine.ts';

// `pnpm db:check` (CI): fails when prisma/schema.prisma changed without a matching migration,
// or a migration was edited so that it no longer builds the schema.

export type CheckMigrationsResult = { agree: boolean; diff: string };

export async function checkMigrations(opts: SchemaDiffOptions = {}): Promise<CheckMigrationsResult> {
  const diff = await diffMigrationsToSchema(opts);
  return { agree: diff === '', diff };
}

async function main(): Promise<void> {
  const { agree, diff } = await checkMigrations();
  if (agree) {
    console.log('schema and migrations agree');
    return;
  }
  console.error('prisma/schema.prisma and prisma/migrations disagree; the migrations lack:\n');
  console.error(diff);
  console.error('create a migration with: pnpm db:migration <name>');
  process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
