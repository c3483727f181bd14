// Test configuration. Browser tests share one Chromium per file and need generous hook time on a
// two-core machine; no test is timed for speed (speed goals live in `npm run bench`).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/helpers/require-assertions.ts'],
    // A folder per run for fixtures several files share (the browser files' built site).
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Vitest's default on two cores is one worker (cores - 1), which left a core idle while a test
    // waited on Chromium or an astro build; two workers overlap them (CI time, not test speed).
    maxWorkers: 2,
    // A missing golden file fails its test instead of being written: golden files are written only
    // when asked (`npm run test:update`, or `UPDATE_SNAPSHOTS=true vitest run <suite> -u`).
    update: process.env.UPDATE_SNAPSHOTS === 'true' ? 'all' : 'none',
    // The JSON report lets CI print an honest "N passed, N failed" line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
