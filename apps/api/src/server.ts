import path from 'node:path';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { runMigrations } from './db/migrate.ts';
import { findRepoRoot } from './db/migration-files.ts';
import { createClock } from './lib/clock.ts';
import { startDigester } from './modules/digest/digester.ts';
import { startSweeper } from './modules/sweeper/sweeper.ts';
import { demoLoginsText, hasAnyUser, seedDemo } from './seeds/demo-data.ts';
import { loadReferenceCalendar } from './seeds/reference-data.ts';

// `pnpm start`: open the database (PGlite in DATA_DIR, or PostgreSQL), migrate, load reference
// data, seed demo data into an empty embedded database, then serve the API and the web app on
// one port and sweep deadlines every minute.

const config = loadConfig();
const say = (msg: string) => process.stdout.write(`${msg}\n`);

const db = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: config.dataDir,
  poolMax: config.dbPoolMax,
  log: say,
});
await runMigrations(db, { log: say });
await loadReferenceCalendar(db.prisma, say);

const seedWanted = config.seedDemo ?? db.kind === 'pglite';
if (seedWanted && !(await hasAnyUser(db.prisma))) {
  say('seeding demo data…');
  await seedDemo(db.prisma);
  say(demoLoginsText());
}

const clock = createClock();
const { app, services } = await buildApp({
  config,
  db,
  clock,
  webDist: path.join(findRepoRoot(), 'apps', 'web', 'dist'),
});
const sweeper = startSweeper(services.sweep, config.sweepIntervalMs, app.log, clock);
// The daily e-mail digest, only with SMTP_URL.
const digester = services.digest.enabled
  ? startDigester(services.digest, config.digestIntervalMs, app.log, clock)
  : null;

async function shutdown(signal: string) {
  app.log.info(`${signal}: shutting down`);
  sweeper.stop();
  digester?.stop();
  await app.close();
  await db.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
say(
  `执法监督+ ready at http://${config.host}:${port} (${db.kind}${config.testClock ? ', test clock on' : ''})`,
);
