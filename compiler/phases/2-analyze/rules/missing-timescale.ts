// Unresolved disagreements about a child's safety must not drift: each stage should say by when.
import { report } from '../../../diagnostics/report.ts';
import { ackChain } from '../scope.ts';
import type { Rule } from '../rule.ts';

export const missingTimescale: Rule = {
  name: 'missing-timescale',
  check(ctx, { ast, scope }) {
    for (const state of scope.states) {
      if (state.children.length > 0) continue;
      const own = state.decl.timescales.length > 0 || (state.parent?.decl.timescales.length ?? 0) > 0;
      if (own) continue;
      report(ctx, 'missing_timescale', state.decl.id.span, { kind: state.decl.kind, stage: state.decl.id.name }, {
        acknowledgedBy: ackChain(ast, state),
      });
    }
  },
};
