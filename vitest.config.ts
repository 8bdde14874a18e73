import { defineConfig } from 'vitest/config';

// One runner for the unit tests of every package. The `source` condition makes `@werkplaats/shared`
// resolve to its TypeScript sources, so tests never run against a stale build.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: [
      'shared/src/**/*.test.ts',
      'server/src/**/*.test.ts',
      'server/reliability/**/*.test.ts',
      'client/src/**/*.test.ts',
    ],
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
