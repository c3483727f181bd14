// Mutation testing of the code that computes deadlines (`npm run mutate`; not part of CI: it takes a
// long time and both cores). Stryker changes one thing at a time in these files (a `<` for a `<=`, a
// 17 for an 18, a dropped branch) and runs the tests that cover it; a mutant no test notices is a
// wrong deadline the suite would let through. The report is written to reports/mutation/.
// Only the fast suites that exercise these files run (vitest.mutate.config.ts).
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  mutate: [
    'runtime/calendar/**/*.ts',
    '!runtime/calendar/bank-holidays.generated.ts',
    '!runtime/calendar/types.ts',
    'runtime/engine/deadlines.ts',
    'compiler/phases/2-analyze/cumulative.ts',
  ],
  // 'perTest' would run only the tests that reach each mutant, but Stryker 9.6 selects them by name
  // and vitest 5 matches none of those names inside a `describe`: measured on 2026-12-01, every
  // covered mutant then 'survived' with no test run (0% killed). 'all' runs the selected suites for
  // each covered mutant, without selecting by name; slower, and true.
  coverageAnalysis: 'all',
  concurrency: 2,
  timeoutMS: 60000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  // The sandbox copies the project: leave out outputs, reports and the editor extension.
  ignorePatterns: ['build', 'site/dist', 'test-results', 'reports', '.scratch-*', '.astro', 'editors/vscode/*.vsix'],
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 75, break: null },
};
