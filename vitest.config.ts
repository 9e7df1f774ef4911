import { defineConfig } from 'vitest/config';

// One test command for the whole repo. Unit tests sit beside the code (x.test.ts); black-box and
// end-to-end tests live in each package's test/ folder.
export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'apps/*/src/**/*.test.{ts,tsx}',
      'apps/*/test/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', './scripts/summary-reporter.ts'],
    // A throwaway PostgreSQL for the storage suites (TEST_DATABASE_URL wins; see the file).
    globalSetup: ['apps/server/test/postgres-setup.ts'],
  },
});
