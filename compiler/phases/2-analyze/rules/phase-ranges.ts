// A phase names its first and last stage; the stages between them are in it. The range must run
// forward and phases must not overlap, or the flowchart could not draw them as groups.
import { report } from '../../../diagnostics/report.ts';
import type { Rule } from '../rule.ts';

export const phaseRanges: Rule = {
  name: 'phase-ranges',
  check(ctx, { ast, scope }) {
    const top = scope.states.filter((s) => !s.parent).map((s) => s.decl.id.name);
    const owner = new Map<string, string>();
    for (const phase of ast.phases) {
      const from = top.indexOf(phase.from.name);
      const to = top.indexOf(phase.to.name);
      if (from < 0 || to < 0) continue; // not a stage: reported by undefined-names
      if (to < from) {
        report(ctx, 'phase_order', phase.to.span, { phase: phase.id.name, from: phase.from.name, to: phase.to.name });
        continue;
      }
      for (const stage of top.slice(from, to + 1)) {
        const first = owner.get(stage);
        if (first) report(ctx, 'overlapping_phases', phase.id.span, { stage, first, second: phase.id.name });
        else owner.set(stage, phase.id.name);
      }
    }
  },
};
