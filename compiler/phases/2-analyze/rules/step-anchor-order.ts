// "Both managers meet within a further 3 working days of the response": a step counts from an
// earlier step of the same stage, outcome or route. A later step (or one elsewhere) would make the
// due date depend on something that has not happened yet.
import { report } from '../../../diagnostics/report.ts';
import type { Rule } from '../rule.ts';
import { allDutyPlaces } from '../walk.ts';

export const stepAnchorOrder: Rule = {
  name: 'step-anchor-order',
  check(ctx, { ast, scope }) {
    for (const place of allDutyPlaces(ast, scope)) {
      const earlier = new Set<string>();
      for (const step of place.duties.steps) {
        const anchor = step.anchor;
        const known = anchor ? scope.symbols.get(anchor.name)?.kind === 'step' : false;
        if (anchor && known && !earlier.has(anchor.name)) {
          const where = place.kind === 'route' ? `the route '${place.name}'` : `the ${place.kind} '${place.name}'`;
          report(ctx, 'step_anchor_not_earlier', anchor.span, { step: step.id.name, anchor: anchor.name, place: where });
        }
        earlier.add(step.id.name);
      }
    }
  },
};
