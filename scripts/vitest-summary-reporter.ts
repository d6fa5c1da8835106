import { appendFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

// Vitest 4 prints no closing "N passed, N failed" line, and a file that fails to import shows
// only on the "Test Files" line. This reporter counts tests and counts each file that failed to
// load as one failure, so the result is unambiguous. With SP_TEST_SUMMARY_FILE set it also
// appends the counts there for scripts/test-all.mjs to add up.
//
// Some guarantees can only be shown where transactions really overlap (PostgreSQL): their
// suites are named "PostgreSQL only: <the guarantee>" and skipped on PGlite. The reporter lists
// the ones that did not run, next to its closing line, so a green run says what it did not prove.

export const POSTGRES_ONLY = 'PostgreSQL only:';

export function notExercised(testModules: ReadonlyArray<TestModule>): string[] {
  const names = testModules.flatMap((mod) =>
    [...mod.children.allSuites()]
      .filter((s) => s.name.startsWith(POSTGRES_ONLY) && s.state() === 'skipped')
      .map((s) => s.name.slice(POSTGRES_ONLY.length).trim()),
  );
  return [...new Set(names)];
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      const errors = mod.errors();
      let ranAny = false;
      for (const test of mod.children.allTests()) {
        ranAny = true;
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      if (errors.length > 0 || (!ranAny && mod.state() === 'failed')) failed++;
    }
    const missing = notExercised(testModules);
    if (process.env.SP_TEST_SUMMARY_FILE) {
      appendFileSync(
        process.env.SP_TEST_SUMMARY_FILE,
        `${JSON.stringify({ passed, failed, skipped, notExercised: missing })}\n`,
      );
    }
    if (missing.length > 0) {
      process.stdout.write(
        `\nNot exercised here (${POSTGRES_ONLY.slice(0, -1)}; set TEST_DATABASE_URL=postgresql://… to run):\n`,
      );
      for (const m of missing) process.stdout.write(`  - ${m}\n`);
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
