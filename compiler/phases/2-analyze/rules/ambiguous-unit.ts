// Published wording sometimes gives two units for one timescale ("48 hours (2 working days)"):
// over a weekend these are different deadlines, so the reading chosen must be stated.
import { report } from '../../../diagnostics/report.ts';
import type { Unit } from '../../../ir/types.ts';
import { unitLabel, unitOf } from '../facts.ts';
import { ackChain } from '../scope.ts';
import type { Rule } from '../rule.ts';
import { allTimescales } from '../walk.ts';

const mentions: [RegExp, Unit][] = [
  [/\b\d+(?:\.\d+)?\s*working\s+days?\b/gi, 'working_days'],
  [/\b\d+(?:\.\d+)?\s*calendar\s+days?\b/gi, 'calendar_days'],
  [/\b\d+(?:\.\d+)?\s*(?:hours?|hrs?)\b/gi, 'hours'],
];

export function unitsMentioned(wording: string): Unit[] {
  return mentions.filter(([pattern]) => wording.match(pattern)).map(([, unit]) => unit);
}

export const ambiguousUnit: Rule = {
  name: 'ambiguous-unit',
  check(ctx, { ast, scope }) {
    for (const { timescale, state } of allTimescales(scope)) {
      const unit = unitOf(timescale.duration);
      if (!timescale.wording || unit === null || unit === 'immediately') continue;
      const others = unitsMentioned(timescale.wording.value).filter((u) => u !== unit);
      if (others.length === 0) continue;
      const all = [...new Set([...unitsMentioned(timescale.wording.value)])];
      report(ctx, 'ambiguous_unit', timescale.wording.span, {
        wording: timescale.wording.value,
        wordingUnits: all.map((u) => unitLabel(u)).join(' and '),
        unit: unitLabel(unit),
      }, { acknowledgedBy: ackChain(ast, state, timescale.acknowledgements) });
    }
  },
};
