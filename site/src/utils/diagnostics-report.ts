// The text a person sees when protocols have problems: exactly what `stepladder check` prints
// (code frames, help, docs links, summary line), so the site build and the CLI never disagree.
import type { Diagnostic } from '../../../compiler/diagnostics/types.ts';
import { printDiagnostics, type FileDiagnostics } from '../../../cli/report-diagnostics.ts';

export function diagnosticsText(results: FileDiagnostics[], docsBaseUrl: string | undefined): string {
  const chunks: string[] = [];
  const env: Record<string, string> = docsBaseUrl ? { STEPLADDER_DOCS_URL: docsBaseUrl } : {};
  printDiagnostics({ out: (t) => chunks.push(t), err: (t) => chunks.push(t), color: false, cwd: '', env }, results, 'text');
  return chunks.join('');
}

export function errorsOf(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error');
}

export class ProtocolErrorsError extends Error {
  constructor(report: string, count: number) {
    super(`The site was not built: ${count === 1 ? 'a protocol has errors' : `${count} protocols have errors`}.\n\n${report}`);
    this.name = 'ProtocolErrorsError';
  }
}
