// Every sentence of the source text is encoded (a cited passage holds it) or set aside with a
// reason (`not encoded`); the rest are listed in one warning, which the protocol may acknowledge
// with a reason for the whole protocol ("the introduction is general guidance").
import { report } from '../../../diagnostics/report.ts';
import { protocolCoverage } from '../../../source-text/protocol-coverage.ts';
import type { Rule } from '../rule.ts';

const SHOWN = 5;

export const sourceCoverage: Rule = {
  name: 'source-coverage',
  check(ctx, analysis) {
    const result = protocolCoverage(analysis, ctx);
    if (!result || result.uncovered.length === 0) return;
    const { ast } = analysis;
    const file = ast.sources.find((s) => s.file)!.file!;
    const listed = result.uncovered.slice(0, SHOWN).map((s) => `"${s}"`);
    const more = result.uncovered.length - SHOWN;
    report(ctx, 'uncovered_source_text', file.span, {
      count: result.uncovered.length === 1 ? '1 sentence' : `${result.uncovered.length} sentences`,
      percent: String(result.percent),
      sentences: listed.join('; ') + (more > 0 ? `; and ${more} more` : ''),
    }, { acknowledgedBy: [ast.acknowledgements] });
  },
};
