// Duties on an outcome that no route reaches would be printed as if they applied, though no case
// can ever get there.
import { report } from '../../../diagnostics/report.ts';
import type { Rule } from '../rule.ts';
import { allRoutes } from '../walk.ts';

export const unreachableDuties: Rule = {
  name: 'unreachable-duties',
  check(ctx, { ast, scope }) {
    const targets = new Set(allRoutes(ast, scope).map(({ route }) => route.target.name));
    for (const outcome of ast.outcomes) {
      if (targets.has(outcome.id.name)) continue;
      const duties = [
        outcome.steps.length > 0 ? 'steps' : null,
        outcome.notifications.length > 0 ? 'notifications' : null,
        outcome.records.length > 0 ? 'recording duties' : null,
      ].filter((d): d is string => d !== null);
      if (duties.length === 0) continue;
      report(ctx, 'duties_on_unreachable_outcome', outcome.id.span, { outcome: outcome.id.name, duties: duties.join(' and ') }, {
        acknowledgedBy: [outcome.acknowledgements, ast.acknowledgements],
      });
    }
  },
};
