// Mutation testing of the code that computes deadlines (`npm run mutate`; not part of CI: it takes a
// long time and both cores). Stryker changes one thing at a time in these files (a `<` for a `<=`, a
// 17 for an 18, a dropped branch) and runs the tests that cover it; a mutant no test notices is a
// wrong deadline the suite would let through. The report is written to reports/mutation/.
// Only the fast suites that exercise these files run (vitest.mutate.config.ts).
export default {
  // 'vitest5' is Stryker's vitest runner with its test selection adapted to vitest 5's test names
  // (test/mutation/stryker-vitest5-runner.mjs says why); the original stays loaded for its options.
  testRunner: 'vitest5',
  plugins: ['@stryker-mutator/vitest-runner', './test/mutation/stryker-vitest5-runner.mjs'],
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  mutate: [
    'runtime/calendar/**/*.ts',
    '!runtime/calendar/bank-holidays.generated.ts',
    '!runtime/calendar/types.ts',
    'runtime/engine/deadlines.ts',
    'compiler/phases/2-analyze/cumulative.ts',
  ],
  // Each mutant runs only the tests that reached it in the dry run.
  coverageAnalysis: 'perTest',
  // Results are kept in reports/stryker-incremental.json: the next run retests only mutants whose
  // code or tests changed. `npx stryker run --force` retests everything.
  incremental: true,
  concurrency: 2,
  timeoutMS: 60000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  // The sandbox copies the project: leave out outputs, reports and the editor extension. Anchored
  // with '/': a bare 'build' also dropped cli/build/, so every suite importing the CLI failed to load
  // and its tests silently vanished from the dry run (146 of 284 tests, measured 2026-12-01).
  ignorePatterns: ['/build', '/dist', '/site/dist', '/test-results', '/reports', '/.scratch-*', '.astro', '/editors/vscode/*.vsix'],
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 75, break: null },
};
