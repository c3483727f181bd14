// An event named at a stage while one of its levels is active is looked up from the level outwards,
// as XState does, so the engine and the XState export take the same route.
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { Machine } from '../../compiler/ir/types.ts';
import { createProtocolMachine, parseDateTime, simulate } from '../../runtime/index.ts';
import { compileSeeds } from './fixtures.ts';

function withStageRoute(cumberland: Machine): Machine {
  const template = cumberland.transitions.find((t) => t.id === 'stage2.unresolved')!;
  return { ...cumberland, transitions: [...cumberland.transitions, { ...template, id: 'stage1.unresolved', source: 'stage1', target: 'stage3' }] };
}

describe('events named at a stage with an active level', () => {
  const machine = withStageRoute(compileSeeds().cumberland);

  it("take the level's own route first, as the state machine does", () => {
    const run = simulate(machine, { start: parseDateTime('2026-12-18T16:30'), events: [{ state: 'stage1', event: 'unresolved' }] });
    expect(run.steps.map((s) => s.state.id).slice(0, 3)).toEqual(['stage1', 'level1', 'level2']);

    const actor = createActor(createProtocolMachine(machine, {}));
    actor.start();
    actor.send({ type: 'unresolved' });
    expect(actor.getSnapshot().value).toEqual({ stage1: 'level2' });
    actor.stop();
  });
});
