// A protocol the simulator's state machine and engine read differently, to show the island
// refuses to guess: Cumberland with a `decided` route on Stage One (to Stage Three) and an
// `at any stage` `decided` route to Level Three. In Level One the engine takes the stage's own route
// before `at any stage` ones; the XState export carries the global route on the level itself, so the
// machine takes it first. No real protocol has this shape; the simulator must still not guess.
import type { Machine } from '../../compiler/ir/types.ts';

export function withShadowedStageRoute(cumberland: Machine): Machine {
  const template = cumberland.transitions.find((t) => t.id === 'stage2.unresolved')!;
  const stageRoute = { ...template, id: 'stage1.decided', source: 'stage1', event: 'decided', target: 'stage3' };
  const globalRoute = { ...template, id: 'any.decided', source: null, event: 'decided', target: 'level3' };
  const events = cumberland.events.some((e) => e.id === 'decided') ? cumberland.events : [...cumberland.events, { id: 'decided', kind: 'builtin' as const, label: 'Decision made' }];
  return { ...cumberland, events, transitions: [...cumberland.transitions, stageRoute, globalRoute] };
}
