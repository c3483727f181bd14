// The compile context: everything one compilation of one file needs and produces, passed through
// every phase. There is no module-level state, so two compilations can run at once (the site
// compiles in the browser; the CLI compiles many files).
import type { Acknowledgement } from '../dsl/ast.ts';
import type { Diagnostic } from './diagnostics/types.ts';
import type { TextRange } from './source-text/locate.ts';
import type { SourceText } from './source-text/normalise.ts';
import type { ProtocolCoverage } from './source-text/protocol-coverage.ts';

export interface CompileContext {
  file: string;
  source: string;
  diagnostics: Diagnostic[];
  usedAcknowledgements: Set<Acknowledgement>;
  /**
   * The source texts the protocol's `source { text "…" }` names, as the caller read them (by the
   * name written in the protocol). Absent when the caller cannot read files (the browser): the
   * checks that need a source text are then not run.
   */
  sourceTexts?: ReadonlyMap<string, SourceTextFile>;
  /**
   * What this compile works out once and several checks read: the source texts as compared
   * (normalised, split into sentences) and the source coverage. Kept here, per compile, rather than
   * recomputed by each rule that needs it.
   */
  memo: CompileMemo;
  /** The caller's longer-lived cache of source texts as compared (CompilerTools.sourceTexts), if any. */
  sourceTextCache?: SourceTextCache;
}

/**
 * Source texts as compared, by the object the reader returned and then by the name written in the
 * protocol (the name says whether it is Markdown). Held by the caller's CompilerTools, so a reader
 * that hands back the same object for an unchanged file (the language server, the benches) has it
 * normalised and split once, not on every compile; a WeakMap, so a file that is read again lets the
 * old entry go.
 */
export type SourceTextCache = WeakMap<SourceTextFile, Map<string, SourceText>>;

export interface CompileMemo {
  /** By the name written in the protocol. */
  sourceTexts: Map<string, SourceText>;
  /**
   * Where each passage was found, by source text and by the passage as written: the passage check
   * and the coverage both locate every passage, so each is searched for once.
   */
  located: Map<SourceText, Map<string, TextRange[]>>;
  /** Set once the coverage has been worked out (null: no source text). */
  coverage?: ProtocolCoverage | null;
}

/** A source text as read by the caller: its contents, or why it could not be read. */
export type SourceTextFile = { text: string } | { error: string };

export function createContext(file: string, source: string, sourceTextCache?: SourceTextCache): CompileContext {
  return { file, source, diagnostics: [], usedAcknowledgements: new Set(), memo: { sourceTexts: new Map(), located: new Map() }, sourceTextCache };
}

export function hasErrors(ctx: CompileContext): boolean {
  return ctx.diagnostics.some((d) => d.severity === 'error');
}
