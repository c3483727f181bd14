// Which route an event takes, and which route the walk takes when nobody says. The rules match the
// compiler's (compiler/phases/2-analyze/facts.ts): a level's own routes first, then its stage's,
// then `at any stage` routes, which apply everywhere except inside their own target.

import type { Transition } from '../../compiler/ir/types.ts';
import { isWithin, selfAndAncestors, transitionsFrom, type MachineIndex } from './machine-index.ts';
import type { CaseFacts } from './types.ts';

/**
 * The order the default path prefers when no event is given: keep escalating ("unresolved until
 * the end"), the urgent branch before the non-urgent one, and a formal decision before agreement.
 */
export const DEFAULT_EVENT_PREFERENCE: readonly string[] = ['unresolved', 'urgent', 'non_urgent', 'decided', 'resolved'];

const holds = (route: Transition, facts: CaseFacts): boolean => route.condition === null || facts[route.condition] === true;

/**
 * Routes that apply while `leaf` is active, looked up from `from` (the leaf itself or one of its
 * stages) outwards, innermost first, then the `at any stage` routes.
 */
export function applicableRoutes(index: MachineIndex, leaf: string, from: string = leaf): Transition[] {
  const own = selfAndAncestors(index, from).flatMap((state) => transitionsFrom(index, state.id));
  const global = transitionsFrom(index, null).filter((t) => !(t.targetKind === 'state' && isWithin(index, leaf, t.target)));
  return [...own, ...global];
}

export interface RouteLookup {
  readonly route: Transition | null;
  /** Routes on the event whose condition does not hold: for the error message. */
  readonly blocked: readonly Transition[];
}

/**
 * The route `event` takes while `leaf` is active: the first that applies and whose condition holds.
 * An event named at a stage (`stage1=unresolved`) while one of its levels is active is still looked
 * up from the level outwards, as a state machine does (XState hands an event to the innermost
 * state first), so the engine and the XState export always agree.
 */
export function routeForEvent(index: MachineIndex, leaf: string, _from: string, event: string, facts: CaseFacts): RouteLookup {
  const candidates = applicableRoutes(index, leaf).filter((t) => t.event === event);
  return { route: candidates.find((t) => holds(t, facts)) ?? null, blocked: candidates.filter((t) => !holds(t, facts)) };
}

/**
 * The route the walk takes from `leaf` when no event is given: the state's own routes (not `at any
 * stage` ones, which are for things that happen, not for the normal course), built-in events only,
 * in DEFAULT_EVENT_PREFERENCE order. Null when no such route applies.
 */
export function defaultRoute(index: MachineIndex, leaf: string, facts: CaseFacts): Transition | null {
  const own = applicableRoutes(index, leaf).filter(
    (t) => t.source !== null && index.events.get(t.event)?.kind === 'builtin' && holds(t, facts),
  );
  const rank = (t: Transition): number => {
    const at = DEFAULT_EVENT_PREFERENCE.indexOf(t.event);
    return at === -1 ? DEFAULT_EVENT_PREFERENCE.length : at;
  };
  // A stable pick: lowest rank, then the innermost/earliest route as the protocol lists it.
  let best: Transition | null = null;
  for (const route of own) if (best === null || rank(route) < rank(best)) best = route;
  return best;
}
