// Worst-case cumulative totals: when every stage ends at its deadline, how long after the start of
// the escalation is each stage's deadline? This is what a protocol's "(4 days total)" asserts, and
// what the simulator reproduces with real dates.
import type { Unit } from '../../ir/types.ts';
import { amountOf, defaultDeadline, entryLeaf, unitOf } from './facts.ts';
import type { Scope, StateInfo } from './scope.ts';

export interface Cumulative {
  amount: number;
  /** null while the running total is zero and so has no unit yet. */
  unit: Unit | null;
}

export type CumulativeResult = { ok: true; value: Cumulative } | { ok: false; reason: string };

function add(base: Cumulative, amount: number, unit: Unit): CumulativeResult {
  if (unit === 'immediately') return { ok: true, value: base };
  if (base.unit === null || base.unit === unit) return { ok: true, value: { amount: base.amount + amount, unit } };
  return { ok: false, reason: `the timescales before it mix ${base.unit.replace('_', ' ')} and ${unit.replace('_', ' ')}` };
}

/** States whose own (non-global) routes lead into `state`. */
export function predecessors(scope: Scope, state: StateInfo): StateInfo[] {
  const entry = entryLeaf(state);
  const result: StateInfo[] = [];
  for (const candidate of scope.states) {
    for (const route of candidate.decl.routes) {
      const target = scope.stateById.get(route.target.name);
      if (target && entryLeaf(target) === entry && !result.includes(candidate)) result.push(candidate);
    }
  }
  return result;
}

export function computeCumulative(scope: Scope, initial: StateInfo | null): Map<StateInfo, CumulativeResult> {
  const memo = new Map<StateInfo, CumulativeResult>();
  const visiting = new Set<StateInfo>();

  const endOf = (state: StateInfo): CumulativeResult => {
    const known = memo.get(state);
    if (known) return known;
    if (visiting.has(state)) return { ok: false, reason: 'the routes before it go round in a loop' };
    visiting.add(state);
    const result = compute(state);
    visiting.delete(state);
    memo.set(state, result);
    return result;
  };

  const entryOf = (state: StateInfo): CumulativeResult => {
    if (initial && entryLeaf(state) === entryLeaf(initial)) return { ok: true, value: { amount: 0, unit: null } };
    if (state.parent && state.parent.children[0] === state) return entryOf(state.parent);
    const before = predecessors(scope, state);
    if (before.length === 0) return { ok: false, reason: 'no stage leads into it' };
    const totals = before.map(endOf);
    const first = totals[0]!;
    if (!first.ok) return first;
    for (const t of totals.slice(1)) {
      if (!t.ok) return t;
      if (t.value.amount !== first.value.amount || t.value.unit !== first.value.unit) {
        return { ok: false, reason: 'the stages leading into it have different totals' };
      }
    }
    return first;
  };

  const compute = (state: StateInfo): CumulativeResult => {
    const deadline = defaultDeadline(state);
    if (!deadline) {
      const stageName = state.decl.id.name;
      return { ok: false, reason: `'${stageName}' has no deadline` };
    }
    const unit = unitOf(deadline.duration);
    const amount = amountOf(deadline.duration);
    if (unit === null || amount === null) return { ok: false, reason: 'its timescale has no usable unit' };
    let base: CumulativeResult;
    const anchor = deadline.anchor?.name ?? null;
    if (anchor === 'escalation') base = { ok: true, value: { amount: 0, unit: null } };
    else if (anchor !== null) {
      const from = scope.stateById.get(anchor);
      base = from ? endOf(from) : { ok: false, reason: `'${anchor}' is not a stage` };
    } else base = entryOf(state);
    return base.ok ? add(base.value, amount, unit) : base;
  };

  for (const state of scope.states) endOf(state);
  return memo;
}
