// Runs last: an acknowledgement that no warning used is stale and hides nothing; removing it keeps
// the stated reasons honest.
import { report } from '../../../diagnostics/report.ts';
import { entryByCodeOrName } from '../../../diagnostics/registry.ts';
import type { Rule } from '../rule.ts';
import { allAcknowledgements } from '../walk.ts';

export const unnecessaryAcknowledgement: Rule = {
  name: 'unnecessary-acknowledgement',
  check(ctx, { ast, scope }) {
    for (const ack of allAcknowledgements(ast, scope)) {
      const known = entryByCodeOrName(ack.diagnostic.name);
      if (!known || known[1].severity !== 'warning' || ctx.usedAcknowledgements.has(ack)) continue;
      // 05xx warnings come from emitters, after the checker: only they can tell whether it was needed.
      if (known[1].code.startsWith('W05')) continue;
      // Without the source text (the browser editor) coverage is not measured, so its acknowledgement may be needed.
      if (known[0] === 'uncovered_source_text' && !ctx.sourceTexts) continue;
      report(ctx, 'unnecessary_acknowledgement', ack.span, { name: ack.diagnostic.name });
    }
  },
};
