// An acknowledgement must name a warning that exists and say why the warning is accepted.
import { report, suggestion } from '../../../diagnostics/report.ts';
import { entryByCodeOrName, registry } from '../../../diagnostics/registry.ts';
import { closest } from '../../../diagnostics/suggest.ts';
import type { Rule } from '../rule.ts';
import { allAcknowledgements } from '../walk.ts';

const warningNames = Object.entries(registry)
  .filter(([, entry]) => entry.severity === 'warning')
  .map(([name]) => name);

export const acknowledgementNames: Rule = {
  name: 'acknowledgement-names',
  check(ctx, { ast, scope }) {
    for (const ack of allAcknowledgements(ast, scope)) {
      const found = entryByCodeOrName(ack.diagnostic.name);
      if (!found || found[1].severity !== 'warning') {
        report(ctx, 'unknown_acknowledgement', ack.diagnostic.span, {
          name: ack.diagnostic.name,
          suggestion: suggestion(closest(ack.diagnostic.name, warningNames)),
        });
      }
      if (!ack.reason || ack.reason.value.trim() === '') {
        report(ctx, 'acknowledgement_without_reason', ack.span, { name: ack.diagnostic.name });
      }
    }
  },
};
