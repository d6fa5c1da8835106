import { appendFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

// Vitest 4 prints no closing "N passed, N failed" line, and a file that fails to import shows
// only on the "Test Files" line. This reporter counts tests and counts each file that failed to
// load as one failure, so the result is unambiguous. With SP_TEST_SUMMARY_FILE set it also
// appends the counts there for scripts/test-all.mjs to add up.
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
    const line = `${passed} passed, ${failed} failed, ${skipped} skipped`;
    if (process.env.SP_TEST_SUMMARY_FILE) {
      appendFileSync(process.env.SP_TEST_SUMMARY_FILE, `${JSON.stringify({ passed, failed, skipped })}\n`);
    }
    process.stdout.write(`\n${line}\n`);
  }
}
