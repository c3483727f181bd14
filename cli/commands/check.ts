// `stepladder check [paths...]`: report every problem in the protocols, change nothing.
// Only the command's shape is here; its work (cli/run/check.ts) is loaded when it runs.
import type { Command } from 'commander';
import type { CliIO } from '../io.ts';
import type { SetExit } from '../main.ts';
import type { CheckOptions } from '../run/check.ts';

export function registerCheck(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('check')
    .description('Check protocols and report errors and warnings (default: protocols/).')
    .argument('[paths...]', 'protocol files or folders (- reads standard input)', ['protocols'])
    .option('--format <format>', 'text (for people), json (for tools) or sarif (SARIF 2.1.0, for code scanning)', 'text')
    .option('--deny-warnings', 'exit 1 when there are warnings too')
    .option('--config <file>', 'the partnership configuration (default: stepladder.yaml, if there is one)')
    .action(async (paths: string[], options: CheckOptions) => (await import('../run/check.ts')).runCheck(io, setExit, paths, options));
}
