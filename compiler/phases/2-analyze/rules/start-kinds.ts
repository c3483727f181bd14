// An alternative way in is labelled by what it is: urgent (a child at risk), another procedure, or
// a shortcut. Only these words are understood, so a misspelling gets a "did you mean".
import { report, suggestion } from '../../../diagnostics/report.ts';
import { closest } from '../../../diagnostics/suggest.ts';
import type { Rule } from '../rule.ts';

export const START_KINDS = ['urgent', 'procedure', 'shortcut'] as const;

export const startKinds: Rule = {
  name: 'start-kinds',
  check(ctx, { ast }) {
    for (const start of ast.starts) {
      const kind = start.kind;
      if (!kind || (START_KINDS as readonly string[]).includes(kind.name)) continue;
      report(ctx, 'unknown_value', kind.span, {
        value: kind.name,
        what: 'kind of start',
        suggestion: suggestion(closest(kind.name, START_KINDS)),
        allowed: START_KINDS.join(', '),
      });
    }
  },
};
