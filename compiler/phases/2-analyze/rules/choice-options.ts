// A choice field is printed as tick boxes of its options: without options there is nothing to tick,
// and options on any other type would never be printed, so both are refused.
import { report } from '../../../diagnostics/report.ts';
import type { Rule } from '../rule.ts';

export const choiceOptions: Rule = {
  name: 'choice-options',
  check(ctx, { ast }) {
    for (const form of ast.forms) {
      for (const field of form.fields) {
        const type = field.type?.name ?? 'text';
        if (type === 'choice' && field.options.length === 0) report(ctx, 'choice_without_options', field.id.span, { field: field.id.name });
        if (type !== 'choice' && field.options.length > 0) {
          const span = { start: field.options[0]!.span.start, end: field.options[field.options.length - 1]!.span.end };
          report(ctx, 'options_without_choice', span, { field: field.id.name, type });
        }
      }
    }
  },
};
