// A briefing section is one text: a second `section why` (in the same briefing block or another) would
// otherwise be dropped without a word, and the printed briefing would silently miss what it says.
import type { Name } from '../../../../dsl/ast.ts';
import { report } from '../../../diagnostics/report.ts';
import type { Rule } from '../rule.ts';

export const repeatedBriefingSection: Rule = {
  name: 'repeated-briefing-section',
  check(ctx, { ast }) {
    const seen = new Map<string, Name>();
    for (const briefing of ast.briefings) {
      for (const { name } of briefing.sections) {
        const first = seen.get(name.name);
        if (!first) {
          seen.set(name.name, name);
          continue;
        }
        report(ctx, 'repeated_property', name.span, { property: `section ${name.name}` }, {
          related: [{ message: 'It is first given here.', span: first.span }],
        });
      }
    }
  },
};
