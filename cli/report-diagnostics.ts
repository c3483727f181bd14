// Prints a run's diagnostics for people (code frames, a summary line) or for tools (--format json,
// or --format sarif for code-scanning tools).
import { DOCS_BASE_URL, renderDiagnostic, toJson } from '../compiler/diagnostics/render.ts';
import type { Diagnostic } from '../compiler/diagnostics/types.ts';
import type { ProtocolCoverage } from '../compiler/index.ts';
import type { CliIO } from './io.ts';
import { UsageError } from './io.ts';
import { toSarif } from './sarif.ts';
import { stepladderVersion } from './version.ts';

export interface FileDiagnostics {
  file: string;
  source: string;
  diagnostics: Diagnostic[];
  /** How much of its source text the protocol accounts for (null: no source text named). */
  coverage?: ProtocolCoverage | null;
}

export type OutputFormat = 'text' | 'json' | 'sarif';

/** `--format`: text or json everywhere; sarif (SARIF 2.1.0) where diagnostics are the output. */
export function parseFormat(value: string, allowed: readonly OutputFormat[] = ['text', 'json']): OutputFormat {
  if ((allowed as readonly string[]).includes(value)) return value as OutputFormat;
  const names = allowed.map((f) => `'${f}'`);
  throw new UsageError(`--format must be ${names.slice(0, -1).join(', ')}${names.length > 2 ? ',' : ''} or ${names.at(-1)}, not '${value}'.`);
}

export function countBySeverity(results: FileDiagnostics[]): { errors: number; warnings: number } {
  const all = results.flatMap((r) => r.diagnostics);
  return { errors: all.filter((d) => d.severity === 'error').length, warnings: all.filter((d) => d.severity === 'warning').length };
}

export function printDiagnostics(io: CliIO, results: FileDiagnostics[], format: OutputFormat): void {
  const docs = io.env.STEPLADDER_DOCS_URL ?? DOCS_BASE_URL;
  const { errors, warnings } = countBySeverity(results);
  if (format === 'sarif') {
    io.out(`${JSON.stringify(toSarif(results, stepladderVersion(), docs), null, 2)}\n`);
    return;
  }
  if (format === 'json') {
    const json = {
      formatVersion: 1,
      files: results.map((r) => ({
        file: r.file,
        diagnostics: r.diagnostics.map((d) => toJson(d, r.source, docs)),
        ...(r.coverage !== undefined ? { coverage: r.coverage } : {}),
      })),
      summary: { files: results.length, errors, warnings },
    };
    io.out(`${JSON.stringify(json, null, 2)}\n`);
    return;
  }
  for (const r of results) for (const d of r.diagnostics) io.err(`${renderDiagnostic(d, r.source, { color: io.color, docsBaseUrl: docs })}\n`);
  for (const r of results) if (r.coverage) io.err(`${coverageLine(r.file, r.coverage)}\n`);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  // The configuration file, when it has something to say, is one of the results but not a protocol.
  const protocols = results.filter((r) => !/\.ya?ml$/i.test(r.file)).length;
  io.err(`Checked ${plural(protocols, 'protocol')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.\n`);
}

/** "protocols/sefton.protocol: source coverage 100% (31 of 31 sentences of sefton.source.txt)". */
export function coverageLine(file: string, c: ProtocolCoverage): string {
  return `${file}: source coverage ${c.percent}% (${c.covered} of ${c.sentences} sentence${c.sentences === 1 ? '' : 's'} of ${c.files.join(', ')} encoded or set aside)`;
}
