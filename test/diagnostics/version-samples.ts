// Samples of the checks across the files of one protocol's versions (E0181, E0184): the sample's
// input.protocol is checked together with the other versions named in its config.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileSource, createCompilerTools, type Machine } from '../../compiler/index.ts';
import type { Diagnostic } from '../../compiler/diagnostics/types.ts';
import { checkVersions } from '../../compiler/versions/index.ts';

/** Other versions of the sample's protocol: the name each is shown under → its file in the sample folder. */
export type AlongsideVersions = Record<string, string>;

export function versionSampleDiagnostics(dir: string, alongside: AlongsideVersions, file: string, source: string, machine: Machine | null): Diagnostic[] {
  const tools = createCompilerTools();
  const others = Object.entries(alongside).map(([shown, name]) => {
    const text = readFileSync(join(dir, name), 'utf8');
    return { file: shown, source: text, machine: compileSource(text, shown, tools).machine };
  });
  return checkVersions([{ file, source, machine }, ...others], tools.language).filter((d) => d.file === file);
}
