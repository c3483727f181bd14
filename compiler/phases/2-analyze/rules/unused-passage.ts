// A passage of the published text that nothing cites is a fact the protocol may have left out
// (unless it is marked `not encoded` with a reason).
import { report } from '../../../diagnostics/report.ts';
import type { Rule } from '../rule.ts';
import { allCitations } from '../walk.ts';

export const unusedPassage: Rule = {
  name: 'unused-passage',
  check(ctx, { ast, scope }) {
    const cited = new Set(allCitations(ast, scope).flatMap((c) => c.passages.map((p) => p.name)));
    for (const source of ast.sources) {
      for (const passage of source.passages) {
        // A passage marked `not encoded` is set aside on purpose, with its reason.
        if (!cited.has(passage.id.name) && !passage.notEncoded) {
          report(ctx, 'unused_passage', passage.id.span, { name: passage.id.name }, { acknowledgedBy: [ast.acknowledgements] });
        }
      }
    }
  },
};
