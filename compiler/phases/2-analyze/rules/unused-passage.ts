// A passage of the published text that nothing cites is a fact the protocol may have left out.
import { report } from '../../../diagnostics/report.ts';
import type { Rule } from '../rule.ts';
import { allCitations } from '../walk.ts';

export const unusedPassage: Rule = {
  name: 'unused-passage',
  check(ctx, { ast, scope }) {
    const cited = new Set(allCitations(ast, scope).flatMap((c) => c.passages.map((p) => p.name)));
    for (const source of ast.sources) {
      for (const passage of source.passages) {
        if (!cited.has(passage.id.name)) {
          report(ctx, 'unused_passage', passage.id.span, { name: passage.id.name }, { acknowledgedBy: [ast.acknowledgements] });
        }
      }
    }
  },
};
