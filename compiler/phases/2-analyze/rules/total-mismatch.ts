// Protocols state running totals ("(4 days total)"); a total that does not match the steps is a
// drafting error that would give practitioners two different dates.
import { report } from '../../../diagnostics/report.ts';
import { amountOf, formatAmount, unitOf } from '../facts.ts';
import { ackChain } from '../scope.ts';
import type { Rule } from '../rule.ts';

export const totalMismatch: Rule = {
  name: 'total-mismatch',
  check(ctx, { ast, scope, cumulative }) {
    for (const state of scope.states) {
      for (const timescale of state.decl.timescales) {
        if (!timescale.total) continue;
        const unit = unitOf(timescale.total);
        const amount = amountOf(timescale.total);
        if (unit === null || amount === null) continue;
        const stated = formatAmount(amount, unit);
        const isDefault = timescale.primary && !timescale.condition;
        const computed = isDefault ? cumulative.get(state) : undefined;
        if (!computed || !computed.ok) {
          const reason = !isDefault ? 'totals are checked on the unconditional deadline only' : (computed?.reason ?? 'it has no deadline');
          report(ctx, 'total_not_checkable', timescale.total.span, { stage: state.decl.id.name, reason }, {
            acknowledgedBy: ackChain(ast, state, timescale.acknowledgements),
          });
          continue;
        }
        const value = computed.value;
        if (value.amount !== amount || (value.unit !== null && value.unit !== unit)) {
          report(ctx, 'total_mismatch', timescale.total.span, { stated, computed: formatAmount(value.amount, value.unit ?? unit) });
        }
      }
    }
  },
};
