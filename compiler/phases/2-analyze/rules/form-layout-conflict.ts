// A form is printed one way: a form per case, a form with a block per stage, or a log with a row
// per case. `log` and `per stage` together would leave the printed form to guess which was meant.
import { report } from '../../../diagnostics/report.ts';
import type { Rule } from '../rule.ts';

export const formLayoutConflict: Rule = {
  name: 'form-layout-conflict',
  check(ctx, { ast }) {
    for (const form of ast.forms) {
      if (form.log && form.perStage) report(ctx, 'form_layout_conflict', form.id.span, { form: form.id.name });
    }
  },
};
