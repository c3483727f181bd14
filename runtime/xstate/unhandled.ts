// An event the active states cannot take, described for the developer: XState ignores such events
// without a word, which hides a typo'd event name or a case sent out of order.

import { selfAndAncestors, type MachineIndex } from '../engine/machine-index.ts';
import { activeStateIds } from './resume.ts';

export interface UnhandledEvent {
  readonly event: { readonly type: string };
  /** The active states, outermost first. */
  readonly states: readonly string[];
  /** 'unknown': the protocol has no such event; 'no_route': not from here, or its condition does not hold. */
  readonly reason: 'unknown' | 'no_route';
  readonly message: string;
}

export function describeUnhandled(index: MachineIndex, event: { type: string }, value: unknown): UnhandledEvent {
  const states = activeStateIds(value);
  const where = states.length > 0 ? `'${states.join(' › ')}'` : 'the current state';
  if (!index.events.has(event.type)) {
    const known = [...index.events.keys()].map((id) => `'${id}'`).join(', ');
    return { event, states, reason: 'unknown', message: `stepladder: the protocol has no event '${event.type}' (ignored in ${where}); its events are ${known}` };
  }
  const leaf = states.at(-1);
  const chain = leaf !== undefined && index.states.has(leaf) ? selfAndAncestors(index, leaf).map((s) => s.id) : [];
  const taken = [...new Set(index.machine.transitions.filter((t) => t.source === null || chain.includes(t.source)).map((t) => t.event))];
  const options = taken.length > 0 ? `; from here it takes ${taken.map((id) => `'${id}'`).join(', ')}` : '';
  return { event, states, reason: 'no_route', message: `stepladder: '${event.type}' has no route from ${where}, or its condition does not hold, so it was ignored${options}` };
}
