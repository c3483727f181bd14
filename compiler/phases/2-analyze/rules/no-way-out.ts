// Every place a case can sit needs at least one route onward: to the next stage, an outcome or an
// exit. A stage without one leaves a practitioner with nowhere to go.
import { report } from '../../../diagnostics/report.ts';
import { effectiveRoutes } from '../facts.ts';
import { leaves } from '../graph.ts';
import type { Rule } from '../rule.ts';

export const noWayOut: Rule = {
  name: 'no-way-out',
  check(ctx, { ast, scope }) {
    for (const leaf of leaves(scope)) {
      if (effectiveRoutes(leaf, ast.routes).length === 0) {
        report(ctx, 'no_way_out', leaf.decl.id.span, { kind: leaf.decl.kind, stage: leaf.decl.id.name });
      }
    }
  },
};
