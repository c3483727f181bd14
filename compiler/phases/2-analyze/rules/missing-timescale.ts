// Unresolved disagreements about a child's safety must not drift: each stage should say by when.
import { report } from '../../../diagnostics/report.ts';
import { ackChain } from '../scope.ts';
import type { Rule } from '../rule.ts';

export const missingTimescale: Rule = {
  name: 'missing-timescale',
  check(ctx, { ast, scope }) {
    for (const state of scope.states) {
      if (state.children.length > 0) continue;
      // Timed steps are the stage's timescales when the source gives one per action instead of one per stage.
      const timed = (s: typeof state | null) => !!s && (s.decl.timescales.length > 0 || s.decl.steps.some((step) => step.duration));
      const own = timed(state) || timed(state.parent);
      if (own) continue;
      report(ctx, 'missing_timescale', state.decl.id.span, { kind: state.decl.kind, stage: state.decl.id.name }, {
        acknowledgedBy: ackChain(ast, state),
      });
    }
  },
};
