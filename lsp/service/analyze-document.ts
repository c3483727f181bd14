// One analysis of one document version: the compiler's diagnostics, and the name index of the last
// text that parsed (a document with syntax errors is answered from its last good analysis).
import { type CompilerTools, compileSource } from '../../compiler/index.ts';
import type { Diagnostic } from '../../compiler/diagnostics/types.ts';
import { parseProtocol } from '../../dsl/index.ts';
import { type DocumentIndex, indexDocument } from './document-index.ts';

export interface DocumentAnalysis {
  text: string;
  diagnostics: Diagnostic[];
  /** The index of this text, or of the last text that parsed; `stale` says which. */
  index: DocumentIndex | null;
  /** The text `index` was built from. */
  indexedText: string;
  stale: boolean;
}

export function analyzeDocument(text: string, file: string, tools: CompilerTools, previous: DocumentAnalysis | null): DocumentAnalysis {
  const { diagnostics } = compileSource(text, file, tools);
  let index: DocumentIndex | null = null;
  try {
    const parsed = parseProtocol(text, tools.language);
    if (parsed.ast) index = indexDocument(parsed.ast);
  } catch {
    // The compiler already reported an internal error for this text; keep the previous index.
  }
  if (index) return { text, diagnostics, index, indexedText: text, stale: false };
  return { text, diagnostics, index: previous?.index ?? null, indexedText: previous?.indexedText ?? text, stale: true };
}
