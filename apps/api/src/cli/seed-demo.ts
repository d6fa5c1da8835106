import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { runMigrations } from '../db/migrate.ts';
import { demoLoginsText, seedDemo } from '../seeds/demo-data.ts';
import { loadReferenceCalendar } from '../seeds/reference-data.ts';

// `pnpm seed:demo`: demo units, users and cases into the configured database (DATA_DIR or
// DATABASE_URL), migrating it first. Refuses a database that already has users.
const config = loadConfig();
const say = (msg: string) => process.stdout.write(`${msg}\n`);
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, log: say });
try {
  await runMigrations(db, { log: say });
  await loadReferenceCalendar(db.prisma, say);
  if (await seedDemo(db.prisma)) say(`demo data seeded.\n${demoLoginsText()}`);
  else {
    say('the database already has users: demo data not seeded');
    process.exitCode = 1;
  }
} finally {
  await db.close();
}
