import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One migrated SQLite file and one PostgreSQL database per run; tests copy them (tests/support/temp-db.ts).
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the CPUs (one on this 2-core machine). Most test time is
    // waiting on PostgreSQL, gRPC and child processes, so three workers overlap it: ~113 s to ~70 s here.
    maxWorkers: 3,
    // Test files share each worker's module cache: importing Wechaty, Prisma and the rest once per worker
    // instead of once per file cut the run from ~190 s to ~70 s here. No test relies on module state.
    isolate: false,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
})
