// What can happen next: the events the protocol's state machine accepts where the case is now
// (`snapshot.can`, which runs the guards against the conditions that hold), each with the route
// the machine would take for it (its transition's `meta.transition` is the route's id in
// machine.json), so a button can say where it leads.

import type { Transition } from '../../../compiler/ir/types.ts';
import { targetTitle, type MachineIndex } from '../../../runtime/engine/machine-index.ts';
import type { ProtocolLogic, ProtocolSnapshot } from './protocol-actor.ts';

/** One button: an event the machine accepts in the active stage, and where it leads. */
export interface Choice {
  readonly event: string;
  /** The protocol's label for the event ("Not resolved"). */
  readonly label: string;
  /** The stage or level the event is given in: the active one (what a share link records). */
  readonly state: string;
  readonly target: string;
  readonly targetKind: 'state' | 'outcome' | 'exit';
  readonly targetTitle: string;
}

/**
 * The protocol route the machine takes for `event` from `snapshot`, or null when it takes none.
 * Throws if the machine's transition names no route: the config and machine.json would disagree.
 */
export function routeTaken(index: MachineIndex, logic: ProtocolLogic, snapshot: ProtocolSnapshot, event: string): Transition | null {
  const [taken] = logic.getTransitionData(snapshot, { type: event });
  if (taken === undefined) return null;
  // The runtime's catch-all ('*', which reports events the active state cannot take) is no route:
  // the event is simply not possible here.
  if (taken.eventType === '*') return null;
  const id = (taken.meta as { transition?: unknown } | undefined)?.transition;
  const route = index.machine.transitions.find((t) => t.id === id);
  if (!route) throw new Error(`the state machine's '${event}' transition names no route of the protocol`);
  return route;
}

/** The events the machine accepts now, in the protocol's event order; none once the case has ended. */
export function availableChoices(index: MachineIndex, logic: ProtocolLogic, snapshot: ProtocolSnapshot, leaf: string): Choice[] {
  if (snapshot.status !== 'active') return [];
  return index.machine.events.flatMap((event): Choice[] => {
    if (!snapshot.can({ type: event.id })) return [];
    const route = routeTaken(index, logic, snapshot, event.id);
    if (route === null) return [];
    return [{
      event: event.id,
      label: event.label,
      state: leaf,
      target: route.target,
      targetKind: route.targetKind,
      targetTitle: targetTitle(index, route.target),
    }];
  });
}
