// An inference is the author's reading of a source that does not say it; without the reason a
// reader cannot check it, so it would be an invented fact by another name.
import { report } from '../../../diagnostics/report.ts';
import type { Rule } from '../rule.ts';
import { allRecordDuties } from '../walk.ts';

export const inferredReason: Rule = {
  name: 'inferred-reason',
  check(ctx, { ast, scope }) {
    for (const { duty } of allRecordDuties(ast, scope)) {
      if (duty.inferred && (!duty.inferred.reason || duty.inferred.reason.value.trim() === '')) {
        report(ctx, 'inferred_without_reason', duty.inferred.span, {});
      }
    }
  },
};
