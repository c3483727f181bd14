// `stepladder fmt [paths...] [--check]`: lay protocol files out the one canonical way (indentation,
// spacing, one item a line, comments kept, nothing reordered, text never rewrapped). With --check,
// change nothing and exit 1 if any file would change: for CI and pre-commit hooks.
// Only the command's shape is here; its work (cli/run/fmt.ts) is loaded when it runs.
import type { Command } from 'commander';
import type { CliIO } from '../io.ts';
import type { SetExit } from '../main.ts';
import type { FmtOptions } from '../run/fmt.ts';

export function registerFmt(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('fmt')
    .description('Format protocol files in place (default: protocols/); --check only reports.')
    .argument('[paths...]', 'protocol files or folders (- formats standard input to standard output)', ['protocols'])
    .option('--check', 'change nothing; list the files that are not formatted and exit 1 if there are any')
    .action(async (paths: string[], options: FmtOptions) => (await import('../run/fmt.ts')).runFmt(io, setExit, paths, options));
}
