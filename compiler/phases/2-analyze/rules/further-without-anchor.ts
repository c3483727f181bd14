// "within a further N" only means something relative to a named earlier step.
import { report } from '../../../diagnostics/report.ts';
import { ackChain } from '../scope.ts';
import type { Rule } from '../rule.ts';
import { allTimescales } from '../walk.ts';

export const furtherWithoutAnchor: Rule = {
  name: 'further-without-anchor',
  check(ctx, { ast, scope }) {
    for (const { timescale, state } of allTimescales(scope)) {
      if (timescale.duration.further && !timescale.anchor) {
        report(ctx, 'further_without_anchor', timescale.duration.span, {}, { acknowledgedBy: ackChain(ast, state, timescale.acknowledgements) });
      }
    }
  },
};
