// Nation, audience and dates must be values the toolchain understands: the nation picks the
// bank-holiday calendar, so a typo there would silently move every deadline.
import type { Name } from '../../../../dsl/ast.ts';
import type { CompileContext } from '../../../context.ts';
import { report, suggestion } from '../../../diagnostics/report.ts';
import { closest } from '../../../diagnostics/suggest.ts';
import type { Rule } from '../rule.ts';

export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'];
export const AUDIENCES = ['children', 'adults', 'carers'];

export function checkWord(ctx: CompileContext, word: Name, allowed: string[], what: string): boolean {
  if (allowed.includes(word.name)) return true;
  report(ctx, 'unknown_value', word.span, {
    value: word.name,
    what,
    suggestion: suggestion(closest(word.name, allowed)),
    allowed: allowed.join(', '),
  });
  return false;
}

export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A month (2019-09): an effective date may be only that when the source states no day. */
export function isRealMonth(value: string): boolean {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

export const metadataValues: Rule = {
  name: 'metadata-values',
  check(ctx, { ast }) {
    for (const nation of ast.nation) checkWord(ctx, nation, NATIONS, 'nation');
    for (const list of ast.appliesTo) for (const who of list) checkWord(ctx, who, AUDIENCES, 'group a protocol applies to');
    for (const date of ast.effective) {
      if (!isRealDate(date.value) && !isRealMonth(date.value)) report(ctx, 'invalid_date', date.span, { value: date.value });
    }
    for (const { date } of ast.closures) if (!isRealDate(date.value)) report(ctx, 'invalid_date', date.span, { value: date.value });
  },
};
