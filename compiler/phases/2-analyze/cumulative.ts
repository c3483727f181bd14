// Worst-case cumulative totals: when every stage ends at its deadline, how long after the start of
// the escalation is each stage's deadline? This is what a protocol's "(4 days total)" asserts, and
// what the simulator reproduces with real dates.
//
// A stage's total depends on other stages' totals (its anchor, or the stages leading into it), so
// the totals are worked out depth first. The walk keeps its own stack rather than recursing: a
// chain of thousands of stages would otherwise overflow the call stack. It visits stages in the
// same order a recursive walk would, so a loop is reported from the same stage either way.
import type { Unit } from '../../ir/types.ts';
import { amountOf, defaultDeadline, entryLeaf, unitOf } from './facts.ts';
import type { Scope, StateInfo } from './scope.ts';

export interface Cumulative {
  amount: number;
  /** null while the running total is zero and so has no unit yet. */
  unit: Unit | null;
}

export type CumulativeResult = { ok: true; value: Cumulative } | { ok: false; reason: string };

const zero = (): CumulativeResult => ({ ok: true, value: { amount: 0, unit: null } });
const loop = (): CumulativeResult => ({ ok: false, reason: 'the routes before it go round in a loop' });

function add(base: Cumulative, amount: number, unit: Unit): CumulativeResult {
  if (unit === 'immediately') return { ok: true, value: base };
  if (base.unit === null || base.unit === unit) return { ok: true, value: { amount: base.amount + amount, unit } };
  return { ok: false, reason: `the timescales before it mix ${base.unit.replace('_', ' ')} and ${unit.replace('_', ' ')}` };
}

/**
 * For each entry leaf, the states whose own (non-global) routes lead into it, in protocol order.
 * Built once per protocol, so finding a stage's predecessors does not scan every route again.
 */
export function predecessorIndex(scope: Scope): Map<StateInfo, StateInfo[]> {
  const index = new Map<StateInfo, StateInfo[]>();
  for (const candidate of scope.states) {
    for (const route of candidate.decl.routes) {
      const target = scope.stateById.get(route.target.name);
      if (!target) continue;
      const entry = entryLeaf(target);
      const list = index.get(entry);
      // Candidates come one after another, so a repeat can only be the last one added.
      if (!list) index.set(entry, [candidate]);
      else if (list[list.length - 1] !== candidate) list.push(candidate);
    }
  }
  return index;
}

/**
 * What a state's total needs: the totals of other states (`needs`, worked out in this order) and
 * how to combine them. A state whose total needs nothing else has `needs` empty.
 */
interface Plan {
  needs: StateInfo[];
  combine: (totals: CumulativeResult[]) => CumulativeResult;
}

/** Where a stage without an anchor starts: the start, its parent's start, or where it is routed from. */
function entryPlan(state: StateInfo, initial: StateInfo | null, index: Map<StateInfo, StateInfo[]>): Plan {
  let at = state;
  for (;;) {
    if (initial && entryLeaf(at) === entryLeaf(initial)) return { needs: [], combine: zero };
    if (!(at.parent && at.parent.children[0] === at)) break;
    at = at.parent;
  }
  const before = index.get(entryLeaf(at)) ?? [];
  if (before.length === 0) return { needs: [], combine: () => ({ ok: false, reason: 'no stage leads into it' }) };
  return {
    needs: before,
    combine: (totals) => {
      const first = totals[0]!;
      if (!first.ok) return first;
      for (const t of totals.slice(1)) {
        if (!t.ok) return t;
        if (t.value.amount !== first.value.amount || t.value.unit !== first.value.unit) {
          return { ok: false, reason: 'the stages leading into it have different totals' };
        }
      }
      return first;
    },
  };
}

function planOf(scope: Scope, state: StateInfo, initial: StateInfo | null, index: Map<StateInfo, StateInfo[]>): Plan {
  const deadline = defaultDeadline(state);
  if (!deadline) return { needs: [], combine: () => ({ ok: false, reason: `'${state.decl.id.name}' has no deadline` }) };
  const unit = unitOf(deadline.duration);
  const amount = amountOf(deadline.duration);
  if (unit === null || amount === null) return { needs: [], combine: () => ({ ok: false, reason: 'its timescale has no usable unit' }) };
  const then = (base: CumulativeResult) => (base.ok ? add(base.value, amount, unit) : base);
  const anchor = deadline.anchor?.name ?? null;
  if (anchor === 'escalation') return { needs: [], combine: () => then(zero()) };
  if (anchor !== null) {
    const from = scope.stateById.get(anchor);
    if (!from) return { needs: [], combine: () => ({ ok: false, reason: `'${anchor}' is not a stage` }) };
    return { needs: [from], combine: ([total]) => then(total!) };
  }
  const entry = entryPlan(state, initial, index);
  return { needs: entry.needs, combine: (totals) => then(entry.combine(totals)) };
}

interface Frame {
  state: StateInfo;
  plan: Plan;
  totals: CumulativeResult[];
}

export function computeCumulative(scope: Scope, initial: StateInfo | null): Map<StateInfo, CumulativeResult> {
  const index = predecessorIndex(scope);
  const memo = new Map<StateInfo, CumulativeResult>();
  // States whose total is being worked out: meeting one again means the routes go round in a loop.
  const visiting = new Set<StateInfo>();
  const stack: Frame[] = [];
  const open = (state: StateInfo) => {
    visiting.add(state);
    stack.push({ state, plan: planOf(scope, state, initial, index), totals: [] });
  };

  for (const root of scope.states) {
    if (memo.has(root)) continue;
    open(root);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const next = frame.plan.needs[frame.totals.length];
      if (next !== undefined) {
        const known = memo.get(next);
        if (known) frame.totals.push(known);
        else if (visiting.has(next)) frame.totals.push(loop());
        else open(next);
        continue;
      }
      const result = frame.plan.combine(frame.totals);
      stack.pop();
      visiting.delete(frame.state);
      memo.set(frame.state, result);
      stack[stack.length - 1]?.totals.push(result);
    }
  }
  return memo;
}
