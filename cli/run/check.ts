// The work of `stepladder check` (registered in cli/commands/check.ts, loaded only when it runs).
import { dirname, relative, resolve } from 'node:path';
import { type CompileResult, compileSource, createCompilerTools } from '../../compiler/index.ts';
import { reviewDiagnostics } from '../../compiler/config/review.ts';
import { checkVersions } from '../../compiler/versions/index.ts';
import { configToday, readConfigFile } from '../config-file.ts';
import { collectInputsOrStdin } from '../stdin-input.ts';
import { sourceTextReader } from '../source-texts.ts';
import { type CliIO, EXIT } from '../io.ts';
import type { SetExit } from '../main.ts';
import { countBySeverity, type FileDiagnostics, parseFormat, printDiagnostics } from '../report-diagnostics.ts';

export interface CheckOptions {
  format: string;
  denyWarnings?: boolean;
  config?: string;
}

export function runCheck(io: CliIO, setExit: SetExit, paths: string[], options: CheckOptions): void {
  const format = parseFormat(options.format, ['text', 'json', 'sarif']);
  const inputs = collectInputsOrStdin(paths, io, { diagnose: true });
  const tools = createCompilerTools();
  // A file that could not be read (a link, too large, not UTF-8) has that one diagnostic.
  const compileInput = (input: (typeof inputs)[number]): CompileResult =>
    input.problem ? { machine: null, diagnostics: [input.problem] } : compileSource(input.source, input.file, tools, { readSourceText: sourceTextReader(io.cwd, input.file) });
  const compiled = inputs.map((input) => ({ ...input, ...compileInput(input) }));
  // Versions of one protocol side by side: one current version, no supersedes loops (E0180-E0184).
  const across = checkVersions(compiled, tools.language);
  const results: FileDiagnostics[] = compiled.map(({ file, source, diagnostics, coverage }) => ({ file, source, diagnostics: [...diagnostics, ...across.filter((d) => d.file === file)], coverage }));
  // stepladder.yaml is checked with the protocols: its errors and overdue reviews are reported here too.
  // The configuration speaks for the protocols in its own folder: protocols checked from elsewhere
  // (a fixture, a draft in /tmp) get no review warnings, and only a check of the whole default
  // folder can tell that a protocol it names does not exist.
  const loadedFirst = readConfigFile(io, options.config);
  const configDir = loadedFirst.file ? dirname(resolve(io.cwd, loadedFirst.file)) : null;
  const ours = compiled.filter((c) => c.machine && configDir !== null && !relative(configDir, resolve(io.cwd, c.file)).startsWith('..'));
  const ids = ours.map((c) => c.machine!.id);
  const wholeFolder = paths.length === 1 && paths[0] === 'protocols' && ours.length === compiled.length;
  const loaded = wholeFolder ? readConfigFile(io, options.config, ids) : loadedFirst;
  const review = loaded.config ? reviewDiagnostics(loaded.config, loaded.source, ids, configToday(io.env)) : [];
  if (loaded.file && loaded.diagnostics.length + review.length > 0) results.push({ file: loaded.file, source: loaded.source, diagnostics: [...loaded.diagnostics, ...review] });
  printDiagnostics(io, results, format);
  const { errors, warnings } = countBySeverity(results);
  setExit(errors > 0 || (options.denyWarnings && warnings > 0) ? EXIT.errors : EXIT.ok);
}
