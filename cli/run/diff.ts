// The work of `stepladder diff` (registered in cli/commands/diff.ts, loaded only when it runs).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { amendmentLog, diffMachines, renderAmendmentsHtml, renderAmendmentsMarkdown, renderDiffText } from '../../compiler/diff/index.ts';
import { compileSource, createCompilerTools, type CompilerTools } from '../../compiler/index.ts';
import type { Machine } from '../../compiler/ir/types.ts';
import { stableStringify } from '../../compiler/stable-json.ts';
import { readFromGit } from '../git-revision.ts';
import { collectInputs, display } from '../inputs.ts';
import { STDIN_NAME, STDIN_PATH } from '../stdin-input.ts';
import { type CliIO, EXIT, UsageError } from '../io.ts';
import type { SetExit } from '../main.ts';
import { type FileDiagnostics, parseFormat, printDiagnostics } from '../report-diagnostics.ts';

export interface DiffOptions {
  format?: string;
  exitCode?: boolean;
  amendments?: boolean;
  from?: string;
}

interface Side {
  file: string;
  machine: Machine | null;
  checked: FileDiagnostics | null;
}

function readMachineJson(io: CliIO, given: string, tools: CompilerTools, text?: string): Side {
  const file = text === undefined ? display(io.cwd, resolve(io.cwd, given)) : STDIN_NAME;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text ?? readFileSync(resolve(io.cwd, given), 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'not valid JSON';
    throw new UsageError(`cannot read '${file}' as a compiled protocol (${reason}).`);
  }
  const problems = tools.validate(parsed);
  if (problems.length > 0) throw new UsageError(`'${file}' is not a compiled protocol this version reads (${problems[0]}).`);
  return { file, machine: parsed as Machine, checked: null };
}

/** `-`: a protocol or a compiled machine.json (it starts with `{`) on standard input. */
function loadStdin(io: CliIO, tools: CompilerTools): Side {
  if (!io.readStdin) throw new UsageError("'-' (standard input) cannot be read here.");
  const source = io.readStdin();
  if (source.trimStart().startsWith('{')) return readMachineJson(io, STDIN_PATH, tools, source);
  return compiled({ file: STDIN_NAME, source }, tools);
}

function compiled(input: { file: string; source: string }, tools: CompilerTools): Side {
  const { machine, diagnostics } = compileSource(input.source, input.file, tools);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  return { file: input.file, machine: errors.length === 0 ? machine : null, checked: { ...input, diagnostics: errors } };
}

function load(io: CliIO, given: string, tools: CompilerTools, revision?: string): Side {
  if (given === STDIN_PATH) {
    if (revision !== undefined) throw new UsageError("with --from, give the protocol's file, not '-': its earlier version is read from git.");
    return loadStdin(io, tools);
  }
  if (given.endsWith('.json') && revision === undefined) return readMachineJson(io, given, tools);
  const inputs = collectInputs([given], io.cwd);
  if (inputs.length !== 1) throw new UsageError(`diff compares two files; '${given}' holds ${inputs.length} protocols.`);
  const input = revision === undefined ? inputs[0]! : { file: `${inputs[0]!.file}@${revision}`, source: readFromGit(io.cwd, given, revision) };
  return compiled(input, tools);
}

function amendmentsFormat(value: string | undefined): 'markdown' | 'html' {
  if (value === undefined || value === 'markdown') return 'markdown';
  if (value === 'html') return 'html';
  throw new UsageError(`with --amendments, --format must be 'markdown' or 'html', not '${value}'.`);
}

/** Two partnerships' protocols are not versions of each other: `compare` puts them side by side. */
function refuseDifferentProtocols(before: Side & { machine: Machine }, after: Side & { machine: Machine }): void {
  const [a, b] = [before.machine, after.machine];
  if (a.id === b.id || a.meta.partnership.name === b.meta.partnership.name) return;
  throw new UsageError(
    `'${before.file}' (${a.id}, ${a.meta.partnership.name}) and '${after.file}' (${b.id}, ${b.meta.partnership.name}) are different protocols, not two versions of one; ` +
      `to put them side by side, use: stepladder compare ${before.file} ${after.file}`,
  );
}

export function runDiff(io: CliIO, setExit: SetExit, oldPath: string, newPath: string | undefined, options: DiffOptions): void {
  const format = options.amendments ? amendmentsFormat(options.format) : parseFormat(options.format ?? 'text');
  if (options.from !== undefined && newPath !== undefined) throw new UsageError('with --from, give one protocol file: its version at that revision is compared with the file as it is now.');
  if (options.from === undefined && newPath === undefined) throw new UsageError('diff needs two versions: <old> <new>, or one file and --from <rev>.');
  if (oldPath === STDIN_PATH && newPath === STDIN_PATH) throw new UsageError("only one side can be read from standard input ('-').");
  const tools = createCompilerTools();
  const sides = options.from !== undefined ? ([load(io, oldPath, tools, options.from), load(io, oldPath, tools)] as const) : ([load(io, oldPath, tools), load(io, newPath!, tools)] as const);
  const [before, after] = sides;
  if (!before.machine || !after.machine) {
    // Only errors are shown: a diff of two drafts is not the place for every warning.
    printDiagnostics(io, sides.flatMap((s) => (s.checked && !s.machine ? [s.checked] : [])), 'text');
    io.err('stepladder: cannot compare a protocol that has errors; fix them first.\n');
    setExit(EXIT.errors);
    return;
  }
  refuseDifferentProtocols(before as Side & { machine: Machine }, after as Side & { machine: Machine });
  const diff = diffMachines(before.machine, after.machine);
  if (format === 'markdown' || format === 'html') {
    const log = amendmentLog(diff, before.machine, after.machine);
    io.out(format === 'html' ? renderAmendmentsHtml(log) : renderAmendmentsMarkdown(log));
  } else if (format === 'json') {
    io.out(stableStringify({ ...diff, before: { ...diff.before, file: before.file }, after: { ...diff.after, file: after.file } }));
  } else {
    io.out(renderDiffText(diff, before.machine, after.machine, { before: before.file, after: after.file }));
  }
  setExit(options.exitCode && diff.changes.length > 0 ? EXIT.errors : EXIT.ok);
}
