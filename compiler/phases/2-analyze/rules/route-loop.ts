// An escalation moves forward. Routes that lead back to where they started would let a case go round
// indefinitely while a child waits.
import { report } from '../../../diagnostics/report.ts';
import { edgesFrom, type Edge } from '../graph.ts';
import { leaves, type StateInfo } from '../scope.ts';
import type { Rule } from '../rule.ts';

export const routeLoop: Rule = {
  name: 'route-loop',
  check(ctx, analysis) {
    const done = new Set<StateInfo>();
    const reportedCycles = new Set<string>();
    const walk = (state: StateInfo, path: Edge[], onPath: Set<StateInfo>) => {
      if (done.has(state)) return;
      onPath.add(state);
      for (const edge of edgesFrom(analysis, state)) {
        if (onPath.has(edge.to)) {
          const start = path.findIndex((e) => e.from === edge.to);
          const cycle = [...(start >= 0 ? path.slice(start) : []), edge];
          const names = [...cycle.map((e) => e.from.decl.id.name), edge.to.decl.id.name];
          const key = [...new Set(names)].sort().join(',');
          if (!reportedCycles.has(key)) {
            reportedCycles.add(key);
            report(ctx, 'route_loop', edge.route.span, { cycle: names.map((n) => `'${n}'`).join(' → ') });
          }
          continue;
        }
        walk(edge.to, [...path, edge], onPath);
      }
      onPath.delete(state);
      done.add(state);
    };
    for (const leaf of leaves(analysis.scope)) walk(leaf, [], new Set());
  },
};
