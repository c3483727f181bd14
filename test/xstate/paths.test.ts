// Every path of every protocol's XState export, driven by the real xstate package, reaches the
// final state the protocol's routes lead to, and the paths together take every route.
import { describe, expect, it } from 'vitest';
import { enumeratePaths, parseDateTime } from '../../runtime/index.ts';
import { compileGuarded, compileSeeds } from '../engine/fixtures.ts';
import { activeLeaf, startActor } from './harness.ts';

const machines = { ...compileSeeds(), guarded: compileGuarded() };
const START = parseDateTime('2026-03-02T09:00');

describe.each(Object.entries(machines))('%s', (_id, machine) => {
  // The export starts where the protocol starts; discretionary starts are for the engine (docs/xstate.md).
  const paths = enumeratePaths(machine).filter((p) => p.start === machine.initial);

  it('takes every route on some path', () => {
    const used = new Set(paths.flatMap((p) => p.steps.map((s) => s.transition.id)));
    expect(machine.transitions.filter((t) => !used.has(t.id)).map((t) => t.id)).toEqual([]);
  });

  it.each(paths.map((p) => [`${p.steps.map((s) => `${s.state}=${s.event}`).join(' ')} → ${p.end.id}`, p]))('%s', (_name, path) => {
    const { actor, errors } = startActor(machine, START, path.conditions);
    for (const step of path.steps) {
      expect(activeLeaf(actor.getSnapshot().value)).toBe(step.state);
      actor.send({ type: step.event });
    }
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe(path.end.id);
    expect(snapshot.status).toBe('done');
    expect(errors).toEqual([]);
    actor.stop();
  });
});
