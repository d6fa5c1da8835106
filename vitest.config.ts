import { defineConfig } from 'vitest/config';

// One project per package. The API project talks to a real database (embedded PGlite by
// default, PostgreSQL when TEST_DATABASE_URL is set), so it gets generous timeouts and runs
// its files one at a time to stay deterministic on a loaded 2-core machine.
export default defineConfig({
  test: {
    reporters: ['default', './scripts/vitest-summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'domain',
          root: './packages/domain',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'api',
          root: './apps/api',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          environment: 'node',
          // Generous: a test that opens a fresh PGlite, migrates it or spawns the CLI takes
          // minutes when the 2-core machine is loaded; a hang still fails, just later.
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
        resolve: { conditions: ['development'] },
      },
      {
        extends: './apps/web/vite.config.ts',
        test: {
          name: 'web',
          root: './apps/web',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'tools',
          root: '.',
          include: ['scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
});
