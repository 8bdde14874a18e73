import { defineConfig } from 'vitest/config';

// One runner for the tests of every package, in two projects: `unit` (fast, files in parallel) and
// `reliability` (real server processes under load, kills and restarts: one file at a time, so their
// timing bounds measure the server rather than a neighbouring test). The `source` condition makes
// `@werkplaats/shared` resolve to its TypeScript sources, so tests never run against a stale build.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['shared/src/**/*.test.ts', 'server/src/**/*.test.ts', 'client/src/**/*.test.ts'],
          exclude: ['server/src/index.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'reliability',
          include: ['server/reliability/**/*.test.ts', 'server/src/index.test.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
