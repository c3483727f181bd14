// A role's side is the person raising the concern's own agency or the other one; any other word
// is refused with a "did you mean".
import { report, suggestion } from '../../../diagnostics/report.ts';
import { closest } from '../../../diagnostics/suggest.ts';
import type { Rule } from '../rule.ts';

const SIDES = ['own', 'other'] as const;

export const roleSides: Rule = {
  name: 'role-sides',
  check(ctx, { ast }) {
    for (const role of ast.roles) {
      const side = role.side;
      if (!side || (SIDES as readonly string[]).includes(side.name)) continue;
      report(ctx, 'unknown_value', side.span, {
        value: side.name,
        what: 'side',
        suggestion: suggestion(closest(side.name, SIDES)),
        allowed: 'own (the agency of the person raising the concern), other (the other agency)',
      });
    }
  },
};
