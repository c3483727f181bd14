// The compile context: everything one compilation of one file needs and produces, passed through
// every phase. There is no module-level state, so two compilations can run at once (the site
// compiles in the browser; the CLI compiles many files).
import type { Acknowledgement } from '../dsl/ast.ts';
import type { Diagnostic } from './diagnostics/types.ts';

export interface CompileContext {
  file: string;
  source: string;
  diagnostics: Diagnostic[];
  usedAcknowledgements: Set<Acknowledgement>;
}

export function createContext(file: string, source: string): CompileContext {
  return { file, source, diagnostics: [], usedAcknowledgements: new Set() };
}

export function hasErrors(ctx: CompileContext): boolean {
  return ctx.diagnostics.some((d) => d.severity === 'error');
}
