#!/usr/bin/env node
// `pnpm test`: type-check, lint, schema/migration agreement, every Vitest project (the API
// suite on embedded PGlite, and again on PostgreSQL when TEST_DATABASE_URL is set), then the
// Playwright end-to-end suite in Debian's Chromium. Ends with one plain line:
// "N passed, N failed, N skipped" (a failed check counts as one failure). Just above it, a run
// without PostgreSQL lists the guarantees it could not exercise.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const work = mkdtempSync(path.join(tmpdir(), 'sp-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const pgUrl = process.env.TEST_DATABASE_URL;
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function run(label, cmd, args, env = {}, cwd = root) {
  process.stdout.write(`\n━━ ${label}\n`);
  const res = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  return res.status === 0;
}

function check(label, cmd, args, env) {
  if (run(label, cmd, args, env)) totals.passed++;
  else {
    totals.failed++;
    failures.push(label);
  }
}

function vitest(label, args, env) {
  const summary = path.join(work, `${label.replace(/\W+/g, '-')}.jsonl`);
  const ok = run(label, bin('vitest'), ['run', ...args], { ...env, SP_TEST_SUMMARY_FILE: summary });
  const counts = existsSync(summary)
    ? readFileSync(summary, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : [];
  for (const c of counts) for (const k of Object.keys(totals)) totals[k] += c[k];
  if (!ok && counts.every((c) => c.failed === 0)) totals.failed++; // crashed without counting
  if (!ok) failures.push(label);
  // Guarantees whose suites are "PostgreSQL only: …" and were skipped (vitest-summary-reporter.ts).
  return new Set(counts.flatMap((c) => c.notExercised ?? []));
}

function e2e() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    const msg = `Chromium not found at ${chromium}: apt-get install -y chromium (see .ci/run)`;
    if (process.env.CI) {
      process.stdout.write(`\n━━ e2e\n${msg}\n`);
      totals.failed++;
      failures.push('e2e (no chromium)');
    } else {
      process.stdout.write(`\n━━ e2e SKIPPED: ${msg}\n`);
      totals.skipped++;
    }
    return;
  }
  const report = path.join(work, 'playwright.json');
  const ok = run(
    'e2e (Playwright, Chromium)',
    bin('playwright'),
    ['test', '-c', 'e2e/playwright.config.ts'],
    {
      PLAYWRIGHT_JSON_OUTPUT_NAME: report,
    },
  );
  if (existsSync(report)) {
    const { stats } = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += stats.expected + (stats.flaky ?? 0);
    totals.failed += stats.unexpected;
    totals.skipped += stats.skipped;
    if (!ok && stats.unexpected === 0) totals.failed++;
  } else if (!ok) totals.failed++;
  if (!ok) failures.push('e2e');
}

// tsc -b also emits packages/domain and apps/api into dist/, which the e2e server runs.
check('typecheck (tsc -b)', bin('tsc'), ['-b']);
check('lint (biome)', bin('biome'), ['check', '.']);
check('schema and migrations agree', 'node', [
  '--conditions=development',
  '--import',
  'tsx',
  'apps/api/src/cli/check-migrations.ts',
]);
let notExercised = vitest('vitest (embedded PGlite)', [], { TEST_DATABASE_URL: '' });
if (pgUrl)
  notExercised = vitest('vitest api (PostgreSQL)', ['--project', 'api'], { TEST_DATABASE_URL: pgUrl });
const webDir = path.join(root, 'apps', 'web');
if (run('build web (vite)', path.join(webDir, 'node_modules', '.bin', 'vite'), ['build'], {}, webDir)) e2e();
else {
  totals.failed++;
  failures.push('build web');
}

rmSync(work, { recursive: true, force: true });
if (failures.length > 0) process.stdout.write(`\nFailed: ${failures.join('; ')}\n`);
if (notExercised.size > 0) {
  process.stdout.write(
    '\nNOT EXERCISED: these guarantees need transactions that really overlap, which PGlite (one\n' +
      'connection) never has. Set TEST_DATABASE_URL=postgresql://… to prove them:\n',
  );
  for (const g of notExercised) process.stdout.write(`  - ${g}\n`);
}
process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(totals.failed > 0 ? 1 : 0);
