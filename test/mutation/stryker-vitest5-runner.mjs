// Stryker's vitest runner (9.6), adapted to how vitest 5 names tests. Loaded by stryker.config.mjs as
// the test runner 'vitest5'; not a test file.
//
// Why: for each mutant the runner runs only the tests that reached it, selected with vitest's
// `testNamePattern`, a regular expression built from each test's suite names and own name joined
// with spaces ("the 17:00 cut-off counts an event..."). Vitest 5 matches that pattern against its
// full test name, which joins the same parts with " > " ("the 17:00 cut-off > counts an event...").
// So no test inside a `describe` was selected, every covered mutant "survived" with 0 tests run, and
// the score was 0% whatever the tests did (measured 2026-12-01; coverageAnalysis 'all' selects
// by name too). This wrapper lets each space of that pattern match either separator. A test whose
// own name happens to contain " > " may then be selected as well: that runs one test more, never one
// less, so a kill is never missed.
import { commonTokens, declareFactoryPlugin, PluginKind, tokens } from '@stryker-mutator/api/plugin';
import { DryRunStatus, MutantRunStatus } from '@stryker-mutator/api/test-runner';
import { strykerPlugins as vitestPlugins } from '@stryker-mutator/vitest-runner';

const [vitestRunner] = vitestPlugins;

/** A pattern built for space-joined names that also matches vitest 5's " > "-joined names. */
export function matchEitherSeparator(pattern) {
  if (!(pattern instanceof RegExp)) return pattern;
  return new RegExp(pattern.source.replaceAll(' ', '(?: | > )'), pattern.flags);
}

// The runner sets `project.config.testNamePattern` right before each run; translating it on the way
// in keeps the runner's own code (test ids, coverage, bail, hit counts) untouched.
function translateNamePatterns(config) {
  let pattern = matchEitherSeparator(config.testNamePattern);
  Object.defineProperty(config, 'testNamePattern', {
    configurable: true,
    enumerable: true,
    get: () => pattern,
    set: (value) => {
      pattern = matchEitherSeparator(value);
    },
  });
}

/** Test files of the last run that did not pass as a whole (failed to load, or stopped early). */
function filesNotPassed(runner) {
  return runner.ctx.state.getFiles().filter((file) => file.result?.state !== 'pass');
}

function createRunner(injector) {
  const runner = vitestRunner.factory(injector);
  const init = runner.init.bind(runner);
  runner.init = async () => {
    await init();
    for (const project of runner.ctx.projects) translateNamePatterns(project.config);
  };
  // The original runner counts only tests that have a result, so a test file that fails to load
  // (or is never reached after a failure) silently drops its tests from the dry run: measured
  // 2026-12-01, a dry run "succeeded" with 146 of 284 tests while another engineer's change was half
  // done. Every selected file must pass in the dry run, or the score would cover fewer tests than
  // it claims.
  const dryRun = runner.dryRun.bind(runner);
  runner.dryRun = async (options) => {
    const result = await dryRun(options);
    const broken = result.status === DryRunStatus.Complete ? filesNotPassed(runner) : [];
    if (broken.length === 0) return result;
    return {
      status: DryRunStatus.Error,
      errorMessage: `test files did not pass as a whole in the dry run: ${broken.map((file) => `${file.name} (${file.result?.errors?.[0]?.message ?? file.result?.state ?? 'not run'})`).join('; ')}`,
    };
  };
  // For the same reason a mutant that stops a test file from loading (its tests never get a result)
  // would be reported as surviving with 0 tests; the file passed in the dry run, so the mutant
  // broke it: that is a kill.
  const mutantRun = runner.mutantRun.bind(runner);
  runner.mutantRun = async (options) => {
    const result = await mutantRun(options);
    if (result.status !== MutantRunStatus.Survived) return result;
    const failed = filesNotPassed(runner).filter((file) => file.result?.state === 'fail');
    if (failed.length === 0) return result;
    return {
      status: MutantRunStatus.Killed,
      killedBy: [],
      failureMessage: `${failed[0].name} failed to run: ${failed[0].result?.errors?.[0]?.message ?? 'no message'}`,
      nrOfTests: result.nrOfTests,
    };
  };
  return runner;
}
createRunner.inject = tokens(commonTokens.injector);

export const strykerPlugins = [declareFactoryPlugin(PluginKind.TestRunner, 'vitest5', createRunner)];
