// Diagnostics as SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), for code-scanning
// tools that read it (`stepladder check --format sarif > results.sarif`). One run, one rule per
// diagnostic code that occurs, with its help and reference page; positions are 1-based lines and
// columns counted in Unicode code points, as SARIF counts them by default.
import { docsPath } from '../compiler/diagnostics/registry.ts';
import { positionOf } from '../compiler/diagnostics/render.ts';
import type { FileDiagnostics } from './report-diagnostics.ts';

export const SARIF_VERSION = '2.1.0';
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** A path as a relative URI reference: forward slashes, each segment percent-encoded. */
function uriOf(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

export function toSarif(results: FileDiagnostics[], toolVersion: string, docsBaseUrl: string): Record<string, unknown> {
  const codes = [...new Set(results.flatMap((r) => r.diagnostics.map((d) => d.code)))].sort();
  const rules = codes.map((code) => {
    const first = results.flatMap((r) => r.diagnostics).find((d) => d.code === code)!;
    return {
      id: code,
      name: first.name,
      shortDescription: { text: first.name.replace(/_/g, ' ') },
      helpUri: `${docsBaseUrl}${docsPath(code)}`,
      defaultConfiguration: { level: first.severity === 'error' ? 'error' : 'warning' },
    };
  });
  const sarifResults = results.flatMap((r) =>
    r.diagnostics.map((d) => {
      const start = positionOf(r.source, d.span.start);
      const end = positionOf(r.source, Math.max(d.span.end, d.span.start));
      return {
        ruleId: d.code,
        ruleIndex: codes.indexOf(d.code),
        level: d.severity === 'error' ? 'error' : 'warning',
        message: { text: d.help ? `${d.message} ${d.help}` : d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: uriOf(d.file) },
              region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column },
            },
          },
        ],
        ...(d.related.length > 0
          ? {
              relatedLocations: d.related.map((rel, i) => {
                const at = positionOf(r.source, rel.span.start);
                return { id: i, message: { text: rel.message }, physicalLocation: { artifactLocation: { uri: uriOf(rel.file) }, region: { startLine: at.line, startColumn: at.column } } };
              }),
            }
          : {}),
      };
    }),
  );
  return {
    $schema: SARIF_SCHEMA,
    version: SARIF_VERSION,
    runs: [
      {
        tool: { driver: { name: 'stepladder', version: toolVersion, informationUri: `${docsBaseUrl}/diagnostics/`, rules } },
        columnKind: 'unicodeCodePoints',
        results: sarifResults,
      },
    ],
  };
}
