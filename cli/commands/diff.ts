// `stepladder diff <old> <new>`: what changed between two versions of a protocol, item by item. Each
// side is a .protocol file or a compiled machine.json (say, the one the site publishes), so a new
// draft can be compared with what practitioners have now; `--from <rev>` takes the old side from
// git. `--amendments` writes the amendment log a partnership publishes (Markdown or HTML).
// Only the command's shape is here; its work (cli/run/diff.ts) is loaded when it runs.
import type { Command } from 'commander';
import type { CliIO } from '../io.ts';
import type { SetExit } from '../main.ts';
import type { DiffOptions } from '../run/diff.ts';

export function registerDiff(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('diff')
    .description('Show what changed between two versions of a protocol (.protocol files or compiled machine.json).')
    .argument('<old>', 'the earlier version (with --from: the protocol file, compared with itself at that revision); - reads standard input')
    .argument('[new]', 'the later version; - reads standard input')
    .option('--from <rev>', 'take the earlier version of <old> from git at this revision (a commit, tag or branch)')
    .option('--amendments', 'write the amendment log for practitioners instead of every change')
    .option('--format <format>', 'text or json; with --amendments: markdown or html')
    .option('--exit-code', 'exit 1 when the two versions differ, as `git diff --exit-code` does')
    .action(async (oldPath: string, newPath: string | undefined, options: DiffOptions) =>
      (await import('../run/diff.ts')).runDiff(io, setExit, oldPath, newPath, options),
    );
}
