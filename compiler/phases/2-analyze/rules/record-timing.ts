// `at every stage`, `from` and `at outcome` say when a protocol-wide duty applies; inside a stage or
// an outcome the place already says when, so these words there would be silently meaningless.
import { report } from '../../../diagnostics/report.ts';
import type { Rule } from '../rule.ts';
import { allRecordDuties } from '../walk.ts';

export const recordTiming: Rule = {
  name: 'record-timing',
  check(ctx, { ast, scope }) {
    const protocolWide = new Set(ast.records);
    for (const { duty } of allRecordDuties(ast, scope)) {
      if (protocolWide.has(duty)) continue;
      const timing = duty.everyStage ? 'at every stage' : duty.atOutcome ? 'at outcome' : duty.from ? 'from' : null;
      if (timing) report(ctx, 'misplaced_record_timing', duty.span, { timing });
    }
  },
};
