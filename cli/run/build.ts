// The work of `stepladder build` (registered in cli/commands/build.ts, loaded only when it runs).
import { join, resolve } from 'node:path';
import { createCompilerTools } from '../../compiler/index.ts';
import { emitProtocol } from '../build/emit-protocol.ts';
import { readConfigFile } from '../config-file.ts';
import { checkSharedIds } from '../build/one-folder-per-id.ts';
import { claimOutputFolder } from '../build/output-folder.ts';
import { writeBuild } from '../build/write-build.ts';
import { display } from '../inputs.ts';
import { collectInputsOrStdin } from '../stdin-input.ts';
import { createProgress } from '../progress.ts';
import { sourceTextReader } from '../source-texts.ts';
import { type CliIO, EXIT } from '../io.ts';
import type { CliServices, SetExit } from '../main.ts';
import { countBySeverity, parseFormat, printDiagnostics } from '../report-diagnostics.ts';

export interface BuildOptions {
  out: string;
  render: boolean;
  format: string;
  denyWarnings?: boolean;
  config?: string;
}

export async function runBuild(io: CliIO, setExit: SetExit, services: CliServices, paths: string[], options: BuildOptions): Promise<void> {
  const format = parseFormat(options.format, ['text', 'json', 'sarif']);
  const outDir = resolve(io.cwd, options.out);
  const tools = createCompilerTools();
  // stepladder.yaml first: a configuration with errors stops the build before anything is written.
  const loaded = readConfigFile(io, options.config);
  if (!loaded.config) {
    printDiagnostics(io, [{ file: loaded.file ?? 'stepladder.yaml', source: loaded.source, diagnostics: loaded.diagnostics }], format);
    setExit(EXIT.errors);
    return;
  }
  const config = loaded.config;
  const progress = createProgress(io);
  const protocols = collectInputsOrStdin(paths, io, { diagnose: true }).map((input, i, all) => {
    progress.update(`Compiling ${i + 1} of ${all.length}: ${input.file}`);
    return input.problem
      ? { file: input.file, source: '', machine: null, files: [], diagnostics: [input.problem] }
      : emitProtocol(input.file, input.source, tools, { readSourceText: sourceTextReader(io.cwd, input.file), config });
  });
  checkSharedIds(protocols, tools.language);
  // Before anything is written (the render cache too): refuses a folder the build does not own.
  claimOutputFolder(outDir, options.out);
  let noBrowser: string | null = null;
  if (options.render && protocols.some((p) => p.machine)) {
    // Loaded only when rendering: the browser driver alone takes a quarter of a second to load.
    const { renderWithBrowser } = await import('../build/render-outputs.ts');
    noBrowser = await renderWithBrowser(protocols, io.env, join(outDir, '.cache'), progress.update, services.browser);
    if (noBrowser) io.err(`warning: ${noBrowser}\n`);
  }
  progress.update(`Writing ${protocols.length} protocol${protocols.length === 1 ? '' : 's'} to ${options.out}/`);
  const { written, outputProblems } = writeBuild(outDir, protocols, { render: options.render, noBrowser }, (path) => display(io.cwd, path));
  const reported = [...protocols, ...outputProblems];
  progress.clear();
  printDiagnostics(io, reported, format);
  if (format === 'text') io.err(`Wrote ${written} of ${protocols.length} protocols to ${options.out}/.\n`);
  const { errors, warnings } = countBySeverity(reported);
  setExit(errors > 0 || (options.denyWarnings && warnings > 0) ? EXIT.errors : EXIT.ok);
}
