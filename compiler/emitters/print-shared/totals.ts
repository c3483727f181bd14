// A stage's running total is either stated by the source ("(4 days total)", `total 4 working days`)
// or calculated by the compiler from the timescales before it. Only a stated total may be printed
// as the protocol's; a calculated one is marked "(calculated)" wherever it is printed.
import type { State } from '../../ir/types.ts';
import { formatAmount } from './text.ts';

/** True when the stage's default deadline states a total equal to the running total. */
export function totalIsStated(state: State): boolean {
  const total = state.cumulative;
  if (!total) return false;
  return state.deadline.some((d) => d.condition === null && d.assertedTotal !== null && d.assertedTotal.amount === total.amount && d.assertedTotal.unit === total.unit);
}

/** "4 working days" when the source states it, "7 working days (calculated)" when the compiler worked it out. */
export function totalText(state: State): string | null {
  const total = state.cumulative;
  if (!total) return null;
  const amount = formatAmount(total.amount, total.unit);
  return totalIsStated(state) ? amount : `${amount} (calculated)`;
}
