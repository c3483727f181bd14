// "within 5 working days of step 1" counts from the end of step 1, which must come earlier in the
// protocol than the stage that counts from it.
import { report } from '../../../diagnostics/report.ts';
import type { Rule } from '../rule.ts';
import { allTimescales } from '../walk.ts';

export const anchorOrder: Rule = {
  name: 'anchor-order',
  check(ctx, { scope }) {
    for (const { timescale, state } of allTimescales(scope)) {
      const anchor = timescale.anchor;
      if (!anchor || anchor.name === 'escalation') continue;
      const from = scope.stateById.get(anchor.name);
      if (from && from.order >= state.order) {
        report(ctx, 'anchor_not_earlier', anchor.span, { anchor: anchor.name, stage: state.decl.id.name });
      }
    }
  },
};
