// Source text set aside with `not encoded` must say why: a silent omission is what coverage exists
// to prevent.
import { report } from '../../../diagnostics/report.ts';
import type { Rule } from '../rule.ts';

export const notEncodedReason: Rule = {
  name: 'not-encoded-reason',
  check(ctx, { ast }) {
    for (const source of ast.sources) {
      for (const passage of source.passages) {
        if (passage.notEncoded && !passage.notEncoded.reason) {
          report(ctx, 'not_encoded_without_reason', passage.notEncoded.span, { name: passage.id.name });
        }
      }
    }
  },
};
