// The compiler: source text → diagnostics and, when there are no errors, the compiled protocol.
// One function per phase; the phase boundary is where errors stop the run.
import { createLanguageTools, type LanguageTools } from '../dsl/index.ts';
import { createContext, hasErrors } from './context.ts';
import { report } from './diagnostics/report.ts';
import type { Diagnostic } from './diagnostics/types.ts';
import type { Machine } from './ir/types.ts';
import { createMachineValidator, type MachineValidator } from './ir/validate.ts';
import { parse } from './phases/1-parse/index.ts';
import { analyze } from './phases/2-analyze/index.ts';
import { lower } from './phases/3-lower/index.ts';

export interface CompileResult {
  machine: Machine | null;
  diagnostics: Diagnostic[];
}

/** Parser and schema validator; building them takes tens of milliseconds, so reuse them. */
export interface CompilerTools {
  language: LanguageTools;
  validate: MachineValidator;
}

export function createCompilerTools(): CompilerTools {
  return { language: createLanguageTools(), validate: createMachineValidator() };
}

export function compileSource(source: string, file: string, tools: CompilerTools = createCompilerTools()): CompileResult {
  const ctx = createContext(file, source);
  const done = (machine: Machine | null): CompileResult => ({ machine, diagnostics: sortDiagnostics(ctx.diagnostics) });
  try {
    const ast = parse(ctx, tools.language);
    if (!ast || hasErrors(ctx)) return done(null);
    const analysis = analyze(ctx, ast);
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

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code));
}

export type { Diagnostic, Machine };
