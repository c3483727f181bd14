// "within 0 working days" or "within 1.5 working days" cannot be counted on a calendar.
import { report } from '../../../diagnostics/report.ts';
import { unitOf } from '../facts.ts';
import type { Rule } from '../rule.ts';
import { allTimescales } from '../walk.ts';

export const invalidAmount: Rule = {
  name: 'invalid-amount',
  check(ctx, { scope }) {
    for (const { timescale } of allTimescales(scope)) {
      for (const duration of [timescale.duration, timescale.total]) {
        const amount = duration?.amount;
        if (!duration || !amount) continue;
        // Hours may be fractional ("1.5 hours"); days are counted whole.
        const wholeNeeded = unitOf(duration) !== 'hours';
        if (amount.value <= 0 || (wholeNeeded && !Number.isInteger(amount.value))) {
          report(ctx, 'invalid_amount', amount.span, { amount: String(amount.value) });
        }
      }
    }
  },
};
