// Turns diagnostics into what people and tools read: `file:line:col` with a code frame for people,
// a stable JSON shape for tools. Lines and columns are computed here, from offsets.
import pc from 'picocolors';
import { docsPath } from './registry.ts';
import type { Diagnostic } from './types.ts';
import { showControlCharacters } from '../../dsl/control-characters.ts';

export const DOCS_BASE_URL = 'https://stepladder.dev';

export interface Position {
  line: number;
  column: number;
}

/** 1-based line and column (in Unicode code points) of an offset. */
export function positionOf(source: string, offset: number): Position {
  const clamped = Math.max(0, Math.min(offset, source.length));
  const before = source.slice(0, clamped);
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.split('\n').length;
  return { line, column: [...source.slice(lineStart, clamped)].length + 1 };
}

export interface RenderOptions {
  color: boolean;
  docsBaseUrl?: string;
}

export function renderDiagnostic(d: Diagnostic, source: string, options: RenderOptions): string {
  // Exactly as asked: picocolors' own default looks at stdout, but diagnostics go to stderr.
  const c = pc.createColors(options.color);
  const start = positionOf(source, d.span.start);
  const end = positionOf(source, Math.max(d.span.start, d.span.end - 1));
  const label = d.severity === 'error' ? c.red(c.bold(`error[${d.code}]`)) : c.yellow(c.bold(`warning[${d.code}]`));
  // A message may quote the source (a syntax error names the token): controls are drawn, not sent.
  const lines = [`${label}${c.bold(`: ${showControlCharacters(d.message)}`)}`, `  ${c.blue('-->')} ${d.file}:${start.line}:${start.column}`];
  lines.push(...codeFrame(source, start, end, c, d.severity));
  for (const r of d.related) {
    const at = positionOf(source, r.span.start);
    lines.push(`   ${c.blue('=')} note: ${r.message} (${r.file}:${at.line}:${at.column})`);
  }
  if (d.help) lines.push(`   ${c.blue('=')} help: ${d.help}`);
  lines.push(`   ${c.blue('=')} docs: ${options.docsBaseUrl ?? DOCS_BASE_URL}${docsPath(d.code)}`);
  return `${lines.join('\n')}\n`;
}

function codeFrame(source: string, start: Position, end: Position, c: ReturnType<typeof pc.createColors>, severity: string): string[] {
  const sourceLines = source.split('\n');
  // Control characters in the source (in a comment, say) are drawn as one symbol each, so the terminal
  // shows the line as it is and the caret still lines up.
  const text = showControlCharacters((sourceLines[start.line - 1] ?? '').replace(/\t/g, ' ').replace(/\r$/, '').replace(/\r/g, ' '));
  const gutter = String(start.line).length;
  const pad = ' '.repeat(gutter);
  const lastColumn = end.line === start.line ? end.column : [...text].length;
  const width = Math.max(1, lastColumn - start.column + 1);
  const marker = ' '.repeat(start.column - 1) + '^'.repeat(width);
  const colour = severity === 'error' ? c.red : c.yellow;
  return [`${pad} ${c.blue('|')}`, `${c.blue(String(start.line))} ${c.blue('|')} ${text}`, `${pad} ${c.blue('|')} ${colour(marker)}`];
}

export interface JsonDiagnostic {
  code: string;
  name: string;
  severity: string;
  message: string;
  help: string | null;
  file: string;
  start: Position & { offset: number };
  end: Position & { offset: number };
  related: { message: string; file: string; line: number; column: number }[];
  docs: string;
}

export function toJson(d: Diagnostic, source: string, docsBaseUrl = DOCS_BASE_URL): JsonDiagnostic {
  return {
    code: d.code,
    name: d.name,
    severity: d.severity,
    message: d.message,
    help: d.help,
    file: d.file,
    start: { offset: d.span.start, ...positionOf(source, d.span.start) },
    end: { offset: d.span.end, ...positionOf(source, d.span.end) },
    related: d.related.map((r) => ({ message: r.message, file: r.file, ...positionOf(source, r.span.start) })),
    docs: `${docsBaseUrl}${docsPath(d.code)}`,
  };
}
