// Every way through every protocol: each path ends where the routes say, through the engine, and
// together the paths use every route of the protocol.
import { describe, expect, it } from 'vitest';
import { enumeratePaths, parseDateTime, simulate } from '../../runtime/index.ts';
import { compileGuarded, compileSeeds } from './fixtures.ts';

const machines = { ...compileSeeds(), guarded: compileGuarded() };

describe.each(Object.entries(machines))('%s', (_id, machine) => {
  const paths = enumeratePaths(machine);

  it('has paths that use every route', () => {
    const used = new Set(paths.flatMap((p) => p.steps.map((s) => s.transition.id)));
    expect(machine.transitions.map((t) => t.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it.each(paths.map((p) => [`${p.start}: ${p.steps.map((s) => `${s.state}=${s.event}`).join(' ')} → ${p.end.id}`, p]))('%s', (_name, path) => {
    const sim = simulate(machine, {
      start: parseDateTime('2026-03-02T09:00'),
      startAt: path.start,
      conditions: path.conditions,
      events: path.steps.map((s) => ({ state: s.state, event: s.event })),
    });
    expect(sim.end).toMatchObject({ kind: path.end.kind, id: path.end.id });
    expect(sim.stopped).toBeNull();
    // Every state entered has ended, and no later than the end.
    for (const step of sim.steps) expect(step.exitedAt!.getTime()).toBeLessThanOrEqual(sim.end!.at.getTime());
  });
});
