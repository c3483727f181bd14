// Facts derived from the syntax tree that several rules and the lowering share: what a unit or
// event word means, which routes apply at each state (XState semantics: a stage's routes apply in
// its levels; `at any stage` routes apply everywhere except at their own target).
import type { Duration, Route, Timescale } from '../../../dsl/ast.ts';
import type { Unit } from '../../ir/types.ts';
import type { Scope, StateInfo } from './scope.ts';
export { BUILTIN_EVENTS } from './events.ts';


export const UNIT_WORDS: Record<string, Unit> = {
  'working day': 'working_days',
  'working days': 'working_days',
  'calendar day': 'calendar_days',
  'calendar days': 'calendar_days',
  hour: 'hours',
  hours: 'hours',
};

export function unitOf(duration: Duration): Unit | null {
  if (duration.immediately) return 'immediately';
  return UNIT_WORDS[duration.unit.map((u) => u.name.toLowerCase()).join(' ')] ?? null;
}

export function amountOf(duration: Duration): number | null {
  if (duration.immediately) return 0;
  return duration.amount?.value ?? null;
}

export function unitLabel(unit: Unit, amount = 2): string {
  const one = amount === 1;
  switch (unit) {
    case 'working_days':
      return one ? 'working day' : 'working days';
    case 'calendar_days':
      return one ? 'calendar day' : 'calendar days';
    case 'hours':
      return one ? 'hour' : 'hours';
    case 'immediately':
      return 'immediately';
  }
}

export function formatAmount(amount: number, unit: Unit): string {
  return unit === 'immediately' ? 'immediately' : `${amount} ${unitLabel(unit, amount)}`;
}

export interface EffectiveRoute {
  route: Route;
  /** The state whose block declares the route, or null for `at any stage`. */
  declaredOn: StateInfo | null;
}

/** Routes that apply while a case sits at `state`, innermost first (a level's own routes win). */
export function effectiveRoutes(state: StateInfo, globalRoutes: Route[]): EffectiveRoute[] {
  const result: EffectiveRoute[] = [];
  for (let s: StateInfo | null = state; s; s = s.parent) {
    for (const route of s.decl.routes) result.push({ route, declaredOn: s });
  }
  for (const route of globalRoutes) {
    if (route.target.name !== state.decl.id.name && route.target.name !== state.parent?.decl.id.name) {
      result.push({ route, declaredOn: null });
    }
  }
  return result;
}

/** Entering a stage with levels enters its first level (recursively). */
export function entryLeaf(state: StateInfo): StateInfo {
  return state.children.length > 0 ? entryLeaf(state.children[0]!) : state;
}

/** The leaf a route target lands on, or null when the target is not a state. */
export function targetLeaf(scope: Scope, target: string): StateInfo | null {
  const state = scope.stateById.get(target);
  return state ? entryLeaf(state) : null;
}

/** The unconditional deadline of a state (its last `deadline` without `when`). */
export function defaultDeadline(state: StateInfo): Timescale | null {
  const deadlines = state.decl.timescales.filter((t) => t.primary && !t.condition);
  return deadlines[deadlines.length - 1] ?? null;
}

export function isAncestor(ancestor: StateInfo, state: StateInfo): boolean {
  for (let s = state.parent; s; s = s.parent) if (s === ancestor) return true;
  return false;
}
