// Value words (units, kinds of body and outcome, field types, briefing sections) are plain names in
// the grammar so that a misspelling gets a "did you mean" here rather than a syntax error.
import { report } from '../../../diagnostics/report.ts';
import type { Duration } from '../../../../dsl/ast.ts';
import { UNIT_WORDS, unitOf } from '../facts.ts';
import type { Rule } from '../rule.ts';
import { allTimescales } from '../walk.ts';
import { checkWord } from './metadata-values.ts';
import { closest } from '../../../diagnostics/suggest.ts';
import { suggestion } from '../../../diagnostics/report.ts';

export const BODY_KINDS = ['partnership', 'subgroup', 'panel', 'meeting'];
export const OUTCOME_KINDS = ['resolved', 'decision', 'learning', 'closed'];
export const FIELD_TYPES = ['text', 'longtext', 'date', 'datetime', 'yesno', 'role', 'number', 'choice'];
export const BRIEFING_SECTIONS = ['background', 'why', 'stages', 'timescales', 'recording', 'remember', 'actions'];
const UNIT_CHOICES = ['working days', 'calendar days', 'hours'];

export const unknownValues: Rule = {
  name: 'unknown-values',
  check(ctx, { ast, scope }) {
    for (const body of ast.bodies) if (body.kind) checkWord(ctx, body.kind, BODY_KINDS, 'kind of body');
    for (const outcome of ast.outcomes) if (outcome.kind) checkWord(ctx, outcome.kind, OUTCOME_KINDS, 'kind of outcome');
    for (const form of ast.forms) for (const field of form.fields) if (field.type) checkWord(ctx, field.type, FIELD_TYPES, 'field type');
    for (const briefing of ast.briefings) for (const section of briefing.sections) checkWord(ctx, section.name, BRIEFING_SECTIONS, 'briefing section');
    const checkUnit = (duration: Duration) => {
      if (duration.immediately || unitOf(duration) !== null || duration.unit.length === 0) return;
      const words = duration.unit.map((u) => u.name).join(' ');
      const span = { start: duration.unit[0]!.span.start, end: duration.unit[duration.unit.length - 1]!.span.end };
      report(ctx, 'unknown_value', span, {
        value: words,
        what: 'unit of time',
        suggestion: suggestion(closest(words, Object.keys(UNIT_WORDS))),
        allowed: UNIT_CHOICES.join(', '),
      });
    };
    for (const { timescale } of allTimescales(scope)) {
      checkUnit(timescale.duration);
      if (timescale.total) checkUnit(timescale.total);
    }
  },
};
