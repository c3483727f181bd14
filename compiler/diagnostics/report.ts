// Creating diagnostics from the registry. `report` is typed so that a wrong or missing placeholder
// is a compile error; it also applies acknowledgements, which let a protocol accept a warning with
// a stated reason (for example "the source states no timescales").
import type { Acknowledgement, Span } from '../../dsl/ast.ts';
import type { CompileContext } from '../context.ts';
import { type DiagnosticName, type DiagnosticParams, registry } from './registry.ts';
import type { Diagnostic, RelatedInformation } from './types.ts';

export interface ReportOptions {
  related?: { message: string; span: Span }[];
  /** Acknowledgements in scope, innermost first (timescale, level, stage, protocol). */
  acknowledgedBy?: Acknowledgement[][];
}

export function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => params[key] ?? whole);
}

export function makeDiagnostic<N extends DiagnosticName>(
  file: string,
  name: N,
  span: Span,
  params: DiagnosticParams<N>,
  related: RelatedInformation[] = [],
): Diagnostic {
  const entry = registry[name];
  const values = params as Record<string, string>;
  return {
    code: entry.code,
    name,
    severity: entry.severity,
    message: fill(entry.message, values),
    help: fill(entry.help, values),
    file,
    span,
    related,
  };
}

export function report<N extends DiagnosticName>(
  ctx: CompileContext,
  name: N,
  span: Span,
  params: DiagnosticParams<N>,
  options: ReportOptions = {},
): void {
  const entry = registry[name];
  if (entry.severity === 'warning' && options.acknowledgedBy) {
    for (const scope of options.acknowledgedBy) {
      const ack = scope.find((a) => a.diagnostic.name === name || a.diagnostic.name === entry.code);
      if (ack) {
        ctx.usedAcknowledgements.add(ack);
        return;
      }
    }
  }
  const related = (options.related ?? []).map((r) => ({ ...r, file: ctx.file }));
  ctx.diagnostics.push(makeDiagnostic(ctx.file, name, span, params, related));
}

/** " Did you mean 'x'?" or "" — appended to messages about unknown names. */
export function suggestion(candidate: string | null): string {
  return candidate ? ` Did you mean '${candidate}'?` : '';
}
