// A protocol needs stages and exactly one default way in; other ways in (discretion when a child is
// at imminent risk) are conditional.
import { report } from '../../../diagnostics/report.ts';
import type { Rule } from '../rule.ts';

export const entryPoints: Rule = {
  name: 'entry-points',
  check(ctx, { ast }) {
    if (ast.stages.length === 0) report(ctx, 'no_stages', ast.id?.span ?? ast.span, {});
    const defaults = ast.starts.filter((s) => !s.condition && !s.anyStage);
    for (const start of defaults) {
      for (const extra of start.targets.slice(1)) {
        report(ctx, 'multiple_starts', extra.span, {}, { related: [{ message: 'The default start is here.', span: start.targets[0]!.span }] });
      }
    }
    for (const extra of defaults.slice(1)) {
      report(ctx, 'multiple_starts', extra.span, {}, { related: [{ message: 'The first start is here.', span: defaults[0]!.span }] });
    }
  },
};
