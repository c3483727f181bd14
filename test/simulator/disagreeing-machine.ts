// A protocol the simulator's state machine and engine read differently, to show the island
// refuses to guess: Cumberland with a route on Stage One (to Stage Three) that its levels' own
// `unresolved` routes hide from the state machine. A step given "in Stage One" takes that route in
// the engine, which looks routes up from the stage named, and Level One's route in the machine.
import type { Machine } from '../../compiler/ir/types.ts';

export function withShadowedStageRoute(cumberland: Machine): Machine {
  const extra = { ...cumberland.transitions.find((t) => t.id === 'stage2.unresolved')!, id: 'stage1.unresolved', source: 'stage1' };
  return { ...cumberland, transitions: [...cumberland.transitions, extra] };
}
