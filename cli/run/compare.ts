// The work of `stepladder compare` (registered in cli/commands/compare.ts, loaded only when it runs).
import { compareProtocols, renderCompareHtml, renderCompareText } from '../../compiler/compare/index.ts';
import { compileSource, createCompilerTools, type Machine } from '../../compiler/index.ts';
import { stableStringify } from '../../compiler/stable-json.ts';
import { parseDateTime } from '../../runtime/index.ts';
import { collectInputs } from '../inputs.ts';
import { type CliIO, EXIT, UsageError } from '../io.ts';
import type { SetExit } from '../main.ts';
import { type FileDiagnostics, printDiagnostics } from '../report-diagnostics.ts';

export interface CompareOptions {
  start: string;
  format: string;
}

function compareFormat(value: string): 'text' | 'json' | 'html' {
  if (value === 'text' || value === 'json' || value === 'html') return value;
  throw new UsageError(`--format must be 'text', 'json' or 'html', not '${value}'.`);
}

function startDate(value: string): Date {
  try {
    return parseDateTime(value);
  } catch (error) {
    throw new UsageError(`--start: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function runCompare(io: CliIO, setExit: SetExit, paths: string[], options: CompareOptions): void {
  const format = compareFormat(options.format);
  const start = startDate(options.start);
  const tools = createCompilerTools();
  const compiled = collectInputs(paths, io.cwd).map((input) => ({ ...input, ...compileSource(input.source, input.file, tools) }));
  const broken: FileDiagnostics[] = compiled.filter((c) => !c.machine).map((c) => ({ file: c.file, source: c.source, diagnostics: c.diagnostics.filter((d) => d.severity === 'error') }));
  if (broken.length > 0) {
    printDiagnostics(io, broken, 'text');
    io.err('stepladder: cannot compare a protocol that has errors; fix them first.\n');
    setExit(EXIT.errors);
    return;
  }
  const machines = compiled.map((c) => c.machine as Machine);
  const ids = machines.map((m) => m.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new UsageError(`two of these files are versions of '${twice}': compare puts different protocols side by side; use 'stepladder diff' for versions of one.`);
  if (machines.length < 2) throw new UsageError('compare needs at least two protocols.');
  const table = compareProtocols(machines, start, options.start);
  io.out(format === 'json' ? stableStringify(table) : format === 'html' ? renderCompareHtml(table) : renderCompareText(table));
  setExit(EXIT.ok);
}
