// `stepladder diff <old> <new>`: what changed between two versions of a protocol, item by item. Each
// side is a .protocol file or a compiled machine.json (say, the one the site publishes), so a new
// draft can be compared with what practitioners have now.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { diffMachines, renderDiffText } from '../../compiler/diff/index.ts';
import { compileSource, createCompilerTools, type CompilerTools } from '../../compiler/index.ts';
import type { Machine } from '../../compiler/ir/types.ts';
import { stableStringify } from '../../compiler/stable-json.ts';
import { collectInputs, display } from '../inputs.ts';
import { type CliIO, EXIT, UsageError } from '../io.ts';
import type { SetExit } from '../main.ts';
import { type FileDiagnostics, parseFormat, printDiagnostics } from '../report-diagnostics.ts';

interface DiffOptions {
  format: string;
  exitCode?: boolean;
}

interface Side {
  file: string;
  machine: Machine | null;
  checked: FileDiagnostics | null;
}

function readMachineJson(io: CliIO, given: string, tools: CompilerTools): Side {
  const file = display(io.cwd, resolve(io.cwd, given));
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(resolve(io.cwd, given), 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'not valid JSON';
    throw new UsageError(`cannot read '${file}' as a compiled protocol (${reason}).`);
  }
  const problems = tools.validate(parsed);
  if (problems.length > 0) throw new UsageError(`'${file}' is not a compiled protocol this version reads (${problems[0]}).`);
  return { file, machine: parsed as Machine, checked: null };
}

function load(io: CliIO, given: string, tools: CompilerTools): Side {
  if (given.endsWith('.json')) return readMachineJson(io, given, tools);
  const inputs = collectInputs([given], io.cwd);
  if (inputs.length !== 1) throw new UsageError(`diff compares two files; '${given}' holds ${inputs.length} protocols.`);
  const input = inputs[0]!;
  const { machine, diagnostics } = compileSource(input.source, input.file, tools);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  return { file: input.file, machine: errors.length === 0 ? machine : null, checked: { ...input, diagnostics: errors } };
}

export function registerDiff(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('diff')
    .description('Show what changed between two versions of a protocol (.protocol files or compiled machine.json).')
    .argument('<old>', 'the earlier version')
    .argument('<new>', 'the later version')
    .option('--format <format>', 'text (for people) or json (for tools)', 'text')
    .option('--exit-code', 'exit 1 when the two versions differ, as `git diff --exit-code` does')
    .action((oldPath: string, newPath: string, options: DiffOptions) => {
      const format = parseFormat(options.format);
      const tools = createCompilerTools();
      const sides = [load(io, oldPath, tools), load(io, newPath, tools)] as const;
      const [before, after] = sides;
      if (!before.machine || !after.machine) {
        // Only errors are shown: a diff of two drafts is not the place for every warning.
        printDiagnostics(io, sides.flatMap((s) => (s.checked && !s.machine ? [s.checked] : [])), 'text');
        io.err('stepladder: cannot compare a protocol that has errors; fix them first.\n');
        setExit(EXIT.errors);
        return;
      }
      const diff = diffMachines(before.machine, after.machine);
      if (format === 'json') {
        io.out(stableStringify({ ...diff, before: { ...diff.before, file: before.file }, after: { ...diff.after, file: after.file } }));
      } else {
        io.out(renderDiffText(diff, before.machine, after.machine, { before: before.file, after: after.file }));
      }
      setExit(options.exitCode && diff.changes.length > 0 ? EXIT.errors : EXIT.ok);
    });
}
