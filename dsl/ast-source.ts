// The syntax tree of a protocol's `source` block: the published text it encodes, where that text
// is kept, and the passages the rest of the protocol cites.
import type { Name, Span, Text } from './ast.ts';

export interface SourceBlock {
  title: Text | null;
  url: Text | null;
  publisher: Text | null;
  /** When the source was retrieved, as written ("2026-11-22", or why it is not known). */
  retrieved?: Text | null;
  /** The file beside the protocol holding the source's full published text. */
  file?: Text | null;
  /** `full procedure "…"`: the fuller document the source points readers to, in its words. */
  fullProcedure?: Text | null;
  passages: Passage[];
  span: Span;
}

export interface Passage {
  id: Name;
  text: Text;
  /** `not encoded "reason"`: source text deliberately set aside (the reason may be missing: E0151). */
  notEncoded?: { reason: Text | null; span: Span } | null;
}
