// Where the case is after the steps taken, and what can happen next. The walk itself is the
// engine's (runtime/engine/simulate.ts); this replays only its route choices, with the engine's own
// route rules, to know which of the engine's steps are "so far" and which stage is active now.

import type { MachineIndex } from '../../../runtime/engine/machine-index.ts';
import { entryLeaf, selfAndAncestors, targetTitle } from '../../../runtime/engine/machine-index.ts';
import { routeForEvent } from '../../../runtime/engine/routes.ts';
import type { CaseFacts } from '../../../runtime/engine/types.ts';
import type { ScenarioStep } from './scenario.ts';

/** One button: an event that has a route from the active stage, and where it leads. */
export interface Choice {
  readonly event: string;
  /** The protocol's label for the event ("Not resolved"). */
  readonly label: string;
  /** The stage or level the event is given for: the active one, or an enclosing stage. */
  readonly state: string;
  readonly target: string;
  readonly targetKind: 'state' | 'outcome' | 'exit';
  readonly targetTitle: string;
}

export interface Position {
  /** Ids of every state entered so far, in the order the engine enters them. */
  readonly entered: readonly string[];
  /** The active stage and its levels, outermost first; empty once the case has ended. */
  readonly active: readonly string[];
  /** Conditions that hold now: the case's, plus condition events that happened. */
  readonly facts: CaseFacts;
}

/** The active chain when `leaf` is the innermost active state, outermost first. */
const chainOf = (index: MachineIndex, leaf: string): string[] => selfAndAncestors(index, leaf).map((s) => s.id).reverse();

/**
 * Replays `steps` from `startState`. The steps must already be accepted by the engine (it is
 * called first, and throws for any it refuses), so every route here exists.
 */
export function replayPosition(index: MachineIndex, startState: string, steps: readonly ScenarioStep[], facts: CaseFacts): Position {
  let active = chainOf(index, entryLeaf(index, startState).id);
  const entered = [...active];
  const now: Record<string, boolean> = { ...facts };
  for (const step of steps) {
    const leaf = active[active.length - 1];
    if (leaf === undefined) throw new Error(`a step (${step.state}.${step.event}) comes after the case ended`);
    const { route } = routeForEvent(index, leaf, step.state, step.event, now);
    if (route === null) throw new Error(`no route for ${step.state}.${step.event}`);
    // The engine leaves every active state except those enclosing the target (a state re-entered
    // through its own route is left and entered again).
    const keep = route.targetKind === 'state' ? selfAndAncestors(index, route.target).slice(1).map((s) => s.id) : [];
    active = active.filter((id) => keep.includes(id));
    if (index.events.get(step.event)?.kind === 'condition') now[step.event] = true;
    if (route.targetKind !== 'state') continue;
    for (const id of chainOf(index, entryLeaf(index, route.target).id)) {
      if (!active.includes(id)) {
        active.push(id);
        entered.push(id);
      }
    }
  }
  return { entered, active, facts: now };
}

/**
 * The events that lead somewhere from the active states, innermost first: the active level's routes,
 * then its stage's (where they differ), then "at any stage" routes; in the protocol's event order.
 */
export function availableChoices(index: MachineIndex, position: Position): Choice[] {
  const leaf = position.active[position.active.length - 1];
  if (leaf === undefined) return [];
  const seen = new Set<string>();
  const choices: Choice[] = [];
  for (const from of [...position.active].reverse()) {
    for (const event of index.machine.events) {
      const { route } = routeForEvent(index, leaf, from, event.id, position.facts);
      if (route === null || seen.has(route.id)) continue;
      seen.add(route.id);
      choices.push({
        event: event.id,
        label: event.label,
        state: from,
        target: route.target,
        targetKind: route.targetKind,
        targetTitle: targetTitle(index, route.target),
      });
    }
  }
  return choices;
}
