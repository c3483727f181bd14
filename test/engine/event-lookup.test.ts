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

describe("an 'at any stage' route to a level, while a sibling level is active", () => {
  // Cumberland plus: at any stage, 'decided' goes to level3; Stage 1 itself routes 'decided' to Stage 3.
  // In level1 the stage's own route comes first (level, then stage, then at any stage), in both.
  const cumberland = compileSeeds().cumberland;
  const template = cumberland.transitions.find((t) => t.id === 'stage3.decided')!;
  const machine: Machine = {
    ...cumberland,
    transitions: [
      ...cumberland.transitions,
      { ...template, id: 'stage1.decided', source: 'stage1', target: 'stage3', targetKind: 'state' },
      { ...template, id: 'any.decided', source: null, target: 'level3', targetKind: 'state' },
    ],
  };

  it("takes the stage's own route before the 'at any stage' one, in the engine and in XState", () => {
    const run = simulate(machine, { start: parseDateTime('2026-12-18T16:30'), events: [{ state: 'level1', event: 'decided' }] });
    expect(run.steps.map((s) => s.state.id).slice(0, 3)).toEqual(['stage1', 'level1', 'stage3']);

    const actor = createActor(createProtocolMachine(machine, {}));
    actor.start();
    actor.send({ type: 'decided' });
    expect(actor.getSnapshot().value).toBe('stage3');
    actor.stop();
  });

  it("still takes the 'at any stage' route from another stage", () => {
    const actor = createActor(createProtocolMachine(machine, {}));
    actor.start();
    for (const event of ['unresolved', 'unresolved', 'unresolved']) actor.send({ type: event });
    expect(actor.getSnapshot().value).toBe('stage2');
    actor.send({ type: 'decided' });
    expect(actor.getSnapshot().value).toEqual({ stage1: 'level3' });
    actor.stop();
  });
});
