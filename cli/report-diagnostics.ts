// Prints a run's diagnostics for people (code frames, a summary line) or for tools (--format json).
import { DOCS_BASE_URL, renderDiagnostic, toJson } from '../compiler/diagnostics/render.ts';
import type { Diagnostic } from '../compiler/diagnostics/types.ts';
import type { CliIO } from './io.ts';
import { UsageError } from './io.ts';

export interface FileDiagnostics {
  file: string;
  source: string;
  diagnostics: Diagnostic[];
}

export type OutputFormat = 'text' | 'json';

export function parseFormat(value: string): OutputFormat {
  if (value === 'text' || value === 'json') return value;
  throw new UsageError(`--format must be 'text' or 'json', not '${value}'.`);
}

export function countBySeverity(results: FileDiagnostics[]): { errors: number; warnings: number } {
  const all = results.flatMap((r) => r.diagnostics);
  return { errors: all.filter((d) => d.severity === 'error').length, warnings: all.filter((d) => d.severity === 'warning').length };
}

export function printDiagnostics(io: CliIO, results: FileDiagnostics[], format: OutputFormat): void {
  const docs = io.env.STEPLADDER_DOCS_URL ?? DOCS_BASE_URL;
  const { errors, warnings } = countBySeverity(results);
  if (format === 'json') {
    const json = {
      formatVersion: 1,
      files: results.map((r) => ({ file: r.file, diagnostics: r.diagnostics.map((d) => toJson(d, r.source, docs)) })),
      summary: { files: results.length, errors, warnings },
    };
    io.out(`${JSON.stringify(json, null, 2)}\n`);
    return;
  }
  for (const r of results) for (const d of r.diagnostics) io.err(`${renderDiagnostic(d, r.source, { color: io.color, docsBaseUrl: docs })}\n`);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  io.err(`Checked ${plural(results.length, 'protocol')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.\n`);
}
