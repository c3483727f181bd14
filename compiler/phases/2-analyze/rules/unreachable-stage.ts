// A stage no case can reach is either dead text or a missing route; both mislead practitioners.
import { report } from '../../../diagnostics/report.ts';
import { leaves, reachableLeaves } from '../graph.ts';
import type { StateInfo } from '../scope.ts';
import type { Rule } from '../rule.ts';

export const unreachableStage: Rule = {
  name: 'unreachable-stage',
  check(ctx, analysis) {
    if (!analysis.initial) return;
    const reached = reachableLeaves(analysis);
    const reported = new Set<StateInfo>();
    for (const leaf of leaves(analysis.scope)) {
      if (reached.has(leaf)) continue;
      // Report a whole stage once rather than each of its levels.
      const parent = leaf.parent;
      const target = parent && parent.children.every((c) => !reached.has(c)) ? parent : leaf;
      if (reported.has(target)) continue;
      reported.add(target);
      report(ctx, 'unreachable_stage', target.decl.id.span, { kind: target.decl.kind, stage: target.decl.id.name });
    }
  },
};
