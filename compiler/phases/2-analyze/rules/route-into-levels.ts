// A route to a stage with levels silently lands on its first level; saying so explicitly keeps the
// flowchart and the text in step.
import { report } from '../../../diagnostics/report.ts';
import { ackChain } from '../scope.ts';
import type { Rule } from '../rule.ts';

export const routeIntoLevels: Rule = {
  name: 'route-into-levels',
  check(ctx, { ast, scope }) {
    for (const state of scope.states) {
      for (const route of state.decl.routes) {
        const target = scope.stateById.get(route.target.name);
        if (target && target.children.length > 0) {
          report(ctx, 'route_into_stage_with_levels', route.target.span, { stage: target.decl.id.name, level: target.children[0]!.decl.id.name }, {
            acknowledgedBy: ackChain(ast, state, route.acknowledgements),
          });
        }
      }
    }
  },
};
