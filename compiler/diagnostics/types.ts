// The one shape of a diagnostic. Spans are character offsets; lines and columns are computed when
// a diagnostic is rendered, from the source text.
import type { Span } from '../../dsl/ast.ts';

export type Severity = 'error' | 'warning';

export interface RelatedInformation {
  message: string;
  file: string;
  span: Span;
}

export interface Diagnostic {
  code: string;
  name: string;
  severity: Severity;
  message: string;
  help: string | null;
  file: string;
  span: Span;
  related: RelatedInformation[];
}

export type { Span };
