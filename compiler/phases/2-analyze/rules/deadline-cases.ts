// A stage's deadline may vary by condition ("24 hours if child protection, otherwise 7 working
// days"), but only one case may apply when no condition holds.
import { report } from '../../../diagnostics/report.ts';
import type { Rule } from '../rule.ts';

export const deadlineCases: Rule = {
  name: 'deadline-cases',
  check(ctx, { scope }) {
    for (const state of scope.states) {
      const defaults = state.decl.timescales.filter((t) => t.primary && !t.condition);
      for (const extra of defaults.slice(1)) {
        report(ctx, 'multiple_default_deadlines', extra.span, { stage: state.decl.id.name }, {
          related: [{ message: 'The first deadline is here.', span: defaults[0]!.span }],
        });
      }
    }
  },
};
