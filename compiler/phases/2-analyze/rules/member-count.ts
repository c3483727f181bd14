// A panel's membership is a count of agencies or people: a whole number, at least one.
import { report } from '../../../diagnostics/report.ts';
import type { Rule } from '../rule.ts';

export const memberCount: Rule = {
  name: 'member-count',
  check(ctx, { ast }) {
    for (const body of ast.bodies) {
      const members = body.members;
      if (members && (!Number.isInteger(members.value) || members.value < 1)) {
        report(ctx, 'invalid_member_count', members.span, { amount: String(members.value) });
      }
    }
  },
};
