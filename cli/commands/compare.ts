// `stepladder compare <protocols…>`: different partnerships' protocols side by side (stages, who
// meets, timings for one start date, urgent routes, the final decision, recording, forms), as text,
// JSON, or an HTML page that prints on A4 landscape. Versions of one protocol are for `diff`.
// Only the command's shape is here; its work (cli/run/compare.ts) is loaded when it runs.
import type { Command } from 'commander';
import { DEFAULT_COMPARE_START } from '../../compiler/compare/default-start.ts';
import type { CliIO } from '../io.ts';
import type { SetExit } from '../main.ts';
import type { CompareOptions } from '../run/compare.ts';

export function registerCompare(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('compare')
    .description("Put different partnerships' protocols side by side (default: protocols/).")
    .argument('[paths...]', 'protocol files or folders', ['protocols'])
    .option('--start <date-time>', 'the start every timing counts from, in London time', DEFAULT_COMPARE_START)
    .option('--format <format>', 'text, json, or html (prints on A4 landscape)', 'text')
    .action(async (paths: string[], options: CompareOptions) => (await import('../run/compare.ts')).runCompare(io, setExit, paths, options));
}
