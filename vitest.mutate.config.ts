// The suites mutation testing runs (stryker.config.mjs): everything that computes or checks a deadline,
// without the browser, PDF and site suites, which do not reach the mutated files and take minutes.
import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // STEPLADDER_MUTATE_TESTS (comma-separated globs) narrows the suites while iterating on one file.
    // Only the calendar suites and test/mutation run: about 11 s in all. The engine, simulate,
    // machine and diagnostic-sample suites reach these files too, but made a full run take hours on
    // this machine (a mutant evaluated when a module loads reruns every selected suite), so the score
    // is a lower bound: those suites could only kill more.
    include: process.env.STEPLADDER_MUTATE_TESTS?.split(',') ?? ['test/calendar/**/*.test.ts', 'test/mutation/**/*.test.ts'],
    // The generator check spawns a script that cannot run inside Stryker's sandbox; it tests the
    // generated table, not the mutated code. The browser-safety check reads the runtime's source
    // text, which Stryker's instrumentation changes (it adds `process.env` lookups), and bundles it.
    exclude: ['test/calendar/bank-holidays.test.ts', 'test/engine/browser-safe.test.ts'],
    reporters: ['default'],
    outputFile: undefined,
  },
});
