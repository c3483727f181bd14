// The compiler's run: source text → diagnostics and, when there are no errors, the compiled protocol.
// One function per phase; the phase boundary is where errors stop the run. The tools are passed in:
// compiler/index.ts makes them (with the build's schema check) for `compileSource`; the browser's
// editor passes its own and imports this file alone, so the schema check is not in its bundle.
import type { LanguageTools } from '../dsl/index.ts';
import { createContext, hasErrors, type SourceTextCache, type SourceTextFile } from './context.ts';
import { report } from './diagnostics/report.ts';
import type { Diagnostic } from './diagnostics/types.ts';
import type { Machine } from './ir/types.ts';
import type { MachineValidator } from './ir/validate.ts';
import { parse } from './phases/1-parse/index.ts';
import { analyze } from './phases/2-analyze/index.ts';
import { lower } from './phases/3-lower/index.ts';
import { protocolCoverage, type ProtocolCoverage } from './source-text/protocol-coverage.ts';

export interface CompileResult {
  machine: Machine | null;
  diagnostics: Diagnostic[];
  /** How much of the source text the protocol accounts for; null without a source text. */
  coverage?: ProtocolCoverage | null;
}

export interface CompileOptions {
  /**
   * Reads a source text named in `source { text "…" }`. The CLI reads only regular files in the
   * protocol's own folder; without a reader (the browser) the source-text checks are not run.
   */
  readSourceText?: (name: string) => SourceTextFile;
}

/** Parser and schema validator; building them takes tens of milliseconds, so reuse them. */
export interface CompilerTools {
  language: LanguageTools;
  validate: MachineValidator;
  /** Source texts already normalised and split, by the object the reader returned (see SourceTextCache). */
  sourceTexts?: SourceTextCache;
}

export function compileWithTools(
  source: string,
  file: string,
  tools: CompilerTools,
  options: CompileOptions = {},
): CompileResult {
  const ctx = createContext(file, source, tools.sourceTexts);
  let coverage: ProtocolCoverage | null = null;
  const done = (machine: Machine | null): CompileResult => ({ machine, diagnostics: sortDiagnostics(ctx.diagnostics), coverage });
  try {
    const ast = parse(ctx, tools.language);
    if (!ast || hasErrors(ctx)) return done(null);
    if (options.readSourceText) ctx.sourceTexts = readSourceTexts(ast.sources, options.readSourceText);
    const analysis = analyze(ctx, ast);
    coverage = protocolCoverage(analysis, ctx);
    if (hasErrors(ctx)) return done(null);
    const machine = lower(analysis);
    const problems = tools.validate(machine);
    if (problems.length > 0) {
      report(ctx, 'schema_violation', { start: 0, end: 0 }, { detail: problems.slice(0, 5).join('; ') });
      return done(null);
    }
    return done(machine);
  } catch (error) {
    // A crash on any input is a bug; still give the author a diagnostic rather than a stack trace.
    report(ctx, 'internal_error', { start: 0, end: 0 }, { phase: 'the compiler', detail: error instanceof Error ? error.message : String(error) });
    return done(null);
  }
}

function readSourceTexts(sources: { file?: { value: string } | null }[], read: (name: string) => SourceTextFile): Map<string, SourceTextFile> {
  const texts = new Map<string, SourceTextFile>();
  for (const s of sources) if (s.file && !texts.has(s.file.value)) texts.set(s.file.value, read(s.file.value));
  return texts;
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code));
}

export type { Diagnostic, Machine, ProtocolCoverage, SourceTextFile };
