// The example in docs/xstate.md, run as written (the two JSON files come from the emitter instead
// of the build folder).
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createProtocolMachine, toXStateConfig } from '../../runtime/index.ts';
import { compileSeeds } from '../engine/fixtures.ts';
import { emittedConfig } from './harness.ts';

describe('docs/xstate.md', () => {
  it('runs the Cumberland example', () => {
    const machine = JSON.parse(JSON.stringify(compileSeeds().cumberland));
    const config = emittedConfig(machine);

    const actor = createActor(createProtocolMachine(machine, { conditions: { child_protection: true } }, config));
    actor.start();
    expect(actor.getSnapshot().value).toEqual({ stage1: 'level1' });
    actor.send({ type: 'unresolved' });
    expect(actor.getSnapshot().value).toEqual({ stage1: 'level2' });
    actor.send({ type: 'unresolved' });
    expect(actor.getSnapshot().value).toEqual({ stage1: 'level3' });
    actor.send({ type: 'unresolved' });
    expect(actor.getSnapshot().value).toBe('stage2');
    actor.send({ type: 'unresolved' });
    expect(actor.getSnapshot().value).toBe('stage3');
    const { enteredAt, dueAt } = actor.getSnapshot().context;
    expect(dueAt.stage3! - enteredAt.stage3!).toBe(86_400_000);
    actor.send({ type: 'decided' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().value).toBe('final_decision');
  });

  it('builds the same config from machine.json as the emitter writes', () => {
    const machine = compileSeeds().sefton;
    expect(toXStateConfig(machine)).toEqual(emittedConfig(machine));
  });
});
