// The `stepladder` command line. Each command lives in cli/commands/ and returns an exit code:
// 0 success, 1 the protocols have errors, 2 the command was called wrongly.
import { Command, CommanderError } from 'commander';
import { registerBuild } from './commands/build.ts';
import { registerCheck } from './commands/check.ts';
import { registerCompare } from './commands/compare.ts';
import { registerDiff } from './commands/diff.ts';
import { registerFmt } from './commands/fmt.ts';
import { registerDev } from './commands/dev.ts';
import { registerLsp } from './commands/lsp.ts';
import { registerInit } from './commands/init.ts';
import { registerSchema } from './commands/schema.ts';
import { registerSimulate } from './commands/simulate.ts';
import { type CliIO, EXIT, processIO, UsageError } from './io.ts';
import type { BrowserKeeper } from '../render/browser-keeper.ts';
import { stepladderVersion } from './version.ts';

export type SetExit = (code: number) => void;

/** What a long-running command lends the commands it runs (`stepladder dev` running `build`). */
export interface CliServices {
  /** A browser kept open across builds, so each rebuild does not start Chromium and Mermaid again. */
  browser?: BrowserKeeper;
}

export async function run(argv: string[], io: CliIO = processIO(), services: CliServices = {}): Promise<number> {
  let exitCode: number = EXIT.ok;
  const setExit: SetExit = (code) => {
    exitCode = Math.max(exitCode, code);
  };
  const program = new Command('stepladder')
    .description('Write, check, version and publish safeguarding escalation protocols.')
    .version(stepladderVersion(), '-V, --version', 'print the version of stepladder')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showSuggestionAfterError(true);
  registerCheck(program, io, setExit);
  registerBuild(program, io, setExit, services);
  registerSchema(program, io, setExit);
  registerSimulate(program, io, setExit);
  registerDiff(program, io, setExit);
  registerCompare(program, io, setExit);
  registerFmt(program, io, setExit);
  registerLsp(program, io, setExit);
  registerDev(program, io, setExit);
  registerInit(program, io, setExit);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version also arrive here, with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.err(`stepladder: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
  return exitCode;
}
