// Published wording sometimes gives two units for one timescale ("48 hours (2 working days)"): over
// a weekend these are different deadlines, so the reading chosen must be stated. "A working week"
// reads as working days. Checked on deadlines, timescales and steps. "5 days" or "a week" left open
// next to a timescale counted in working days is the same question (issue 10 item 6): the author's
// reading must be acknowledged, never silent.
import type { Duration, Text } from '../../../../dsl/ast.ts';
import { report } from '../../../diagnostics/report.ts';
import type { Unit } from '../../../ir/types.ts';
import { unitLabel, unitOf } from '../facts.ts';
import { ackChain } from '../scope.ts';
import type { Rule } from '../rule.ts';
import { allSteps, allTimescales } from '../walk.ts';

/** Units a wording can give: the counted ones, plus days and weeks that do not say which. */
type Mentioned = Unit | 'open_days' | 'weeks';

const COUNT = '(?:\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten)';

const mentions: [RegExp, Mentioned][] = [
  [/\b\d+(?:\.\d+)?\s*working\s+days?\b/gi, 'working_days'],
  [new RegExp(`\\b${COUNT}\\s+working\\s+weeks?\\b`, 'gi'), 'working_days'],
  [/\b\d+(?:\.\d+)?\s*calendar\s+days?\b/gi, 'calendar_days'],
  [/\b\d+(?:\.\d+)?\s*(?:hours?|hrs?)\b/gi, 'hours'],
];

/** Open units ("5 days", "a week"): the count is followed directly by "day", so "5 working days" never matches. */
export const OPEN_UNIT_MENTIONS: [RegExp, Mentioned][] = [
  [new RegExp(`\\b${COUNT}\\s+days?\\b`, 'gi'), 'open_days'],
  [new RegExp(`\\b${COUNT}\\s+weeks?\\b`, 'gi'), 'weeks'],
];

const OPEN_LABELS: Record<'open_days' | 'weeks', string> = { open_days: 'days without saying working days', weeks: 'weeks' };

export function unitsMentioned(wording: string): Mentioned[] {
  return [...mentions, ...OPEN_UNIT_MENTIONS].filter(([pattern]) => wording.match(pattern)).map(([, unit]) => unit);
}

/** Whether a mention disagrees with the unit counted: open days and weeks only next to working days. */
function conflicts(mentioned: Mentioned, unit: Unit): boolean {
  if (mentioned === 'open_days' || mentioned === 'weeks') return unit === 'working_days';
  return mentioned !== unit;
}

const label = (m: Mentioned) => (m === 'open_days' || m === 'weeks' ? OPEN_LABELS[m] : unitLabel(m));

export const ambiguousUnit: Rule = {
  name: 'ambiguous-unit',
  check(ctx, { ast, scope }) {
    const checked: { duration: Duration; wording: Text | null; acks: Parameters<typeof ackChain>[2][] ; state: Parameters<typeof ackChain>[1] }[] = [
      ...allTimescales(scope).map(({ timescale, state }) => ({ duration: timescale.duration, wording: timescale.wording, acks: [timescale.acknowledgements], state })),
      ...allSteps(ast, scope).flatMap(({ step, place }) =>
        step.duration ? [{ duration: step.duration, wording: step.wording, acks: [step.acknowledgements], state: place.state }] : [],
      ),
    ];
    for (const { duration, wording, acks, state } of checked) {
      const unit = unitOf(duration);
      if (!wording || unit === null || unit === 'immediately') continue;
      const all = [...new Set(unitsMentioned(wording.value))];
      if (!all.some((m) => conflicts(m, unit))) continue;
      report(ctx, 'ambiguous_unit', wording.span, {
        wording: wording.value,
        wordingUnits: all.map(label).join(' and '),
        unit: unitLabel(unit),
      }, { acknowledgedBy: ackChain(ast, state, ...acks) });
    }
  },
};
