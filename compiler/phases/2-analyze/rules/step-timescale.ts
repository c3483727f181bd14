// A step is an action with its own deadline; one without a timescale is usually a timescale left
// out, so it is a warning the author acknowledges when the source really gives none.
import { report } from '../../../diagnostics/report.ts';
import { ackChain } from '../scope.ts';
import type { Rule } from '../rule.ts';
import { allSteps } from '../walk.ts';

export const stepTimescale: Rule = {
  name: 'step-timescale',
  check(ctx, { ast, scope }) {
    for (const { step, place } of allSteps(ast, scope)) {
      if (step.duration) continue;
      report(ctx, 'step_without_timescale', step.id.span, { step: step.id.name }, {
        acknowledgedBy: ackChain(ast, place.state, step.acknowledgements),
      });
    }
  },
};
