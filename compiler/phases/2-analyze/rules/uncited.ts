// Every stage and deadline should be traceable to the published wording it encodes.
import { report } from '../../../diagnostics/report.ts';
import { ackChain } from '../scope.ts';
import type { Rule } from '../rule.ts';

export const uncited: Rule = {
  name: 'uncited',
  check(ctx, { ast, scope }) {
    for (const state of scope.states) {
      if (state.decl.cites.length === 0) {
        report(ctx, 'uncited', state.decl.id.span, { kind: state.decl.kind, name: state.decl.id.name }, { acknowledgedBy: ackChain(ast, state) });
      }
      for (const timescale of state.decl.timescales) {
        if (timescale.primary && timescale.cites.length === 0) {
          report(ctx, 'uncited', timescale.duration.span, { kind: 'deadline of', name: state.decl.id.name }, {
            acknowledgedBy: ackChain(ast, state, timescale.acknowledgements),
          });
        }
      }
    }
  },
};
