// Stages sit at the top level and levels directly inside a stage: the flowchart, the forms and the
// simulator all assume exactly that two-deep shape.
import { report } from '../../../diagnostics/report.ts';
import type { Rule } from '../rule.ts';

export const statePlacement: Rule = {
  name: 'state-placement',
  check(ctx, { scope }) {
    for (const state of scope.states) {
      const { kind, id } = state.decl;
      if (kind === 'level' && !state.parent) {
        report(ctx, 'misplaced_state', id.span, { problem: `The level '${id.name}' is not inside a stage.` });
      } else if (kind === 'stage' && state.parent) {
        report(ctx, 'misplaced_state', id.span, { problem: `The stage '${id.name}' is inside another stage; use 'level' for a part of a stage.` });
      } else if (kind === 'level' && state.parent?.parent) {
        report(ctx, 'misplaced_state', id.span, { problem: `The level '${id.name}' is inside another level; levels cannot be nested.` });
      }
    }
  },
};
