// The island drives each case with the protocol's XState machine and takes its dates from the
// engine. Over every route of every seed (and the engine's guarded test protocol, which has a
// guarded route, levels with a stage deadline and an "at any stage" exit), the two must agree at
// every step: the same active stage, the buttons the engine's route rules allow and no others,
// the same end and the same due moments. A protocol where they part ways must show an error
// (disagreement.test.ts).
import { describe, expect, it } from 'vitest';
import type { Machine } from '../../compiler/ir/types.ts';
import { enumeratePaths, indexMachine, routeForEvent, simulate, type ProtocolPath } from '../../runtime/index.ts';
import { caseView } from '../../site/src/simulator/case-view.ts';
import { startCaseActor } from '../../site/src/simulator/protocol-actor.ts';
import { simulationOptions, type Scenario } from '../../site/src/simulator/scenario.ts';
import { entryGroups, followCase, MachineDisagreement } from '../../site/src/simulator/walk.ts';
import { compileGuarded, compileSeeds } from '../engine/fixtures.ts';
import { START } from './routes.ts';

const machines: Record<string, Machine> = { ...compileSeeds(), guarded: compileGuarded() };

function scenarioFor(machine: Machine, path: ProtocolPath, steps = path.steps.length): Scenario {
  return {
    start: START,
    nation: null,
    conditions: Object.keys(path.conditions).filter((c) => path.conditions[c]).sort(),
    startAt: path.start === machine.initial ? null : path.start,
    steps: path.steps.slice(0, steps).map((s) => ({ state: s.state, event: s.event, at: null })),
  };
}

const routeName = (path: ProtocolPath): string => `${path.start}: ${path.steps.map((s) => `${s.state}.${s.event}`).join(' ')} → ${path.end.id}`;

describe.each(Object.entries(machines))('%s', (_id, machine) => {
  const index = indexMachine(machine);
  const paths = enumeratePaths(machine);

  it('has routes to walk', () => {
    expect(paths.length).toBeGreaterThan(0);
  });

  it.each(paths.map((p) => [routeName(p), p] as const))('%s', (_name, path) => {
    for (let i = 0; i <= path.steps.length; i++) {
      // caseView throws MachineDisagreement if the actor and the engine differ at any step.
      const view = caseView(machine, scenarioFor(machine, path, i), index);
      const next = path.steps[i];
      if (next === undefined) {
        expect(view.end?.id).toBe(path.end.id);
        expect(view.current).toEqual([]);
        expect(view.choices).toEqual([]);
        continue;
      }
      const leaf = view.current[view.current.length - 1]!.state.id;
      expect(leaf).toBe(next.state);
      expect(view.end).toBeNull();
      // What the machine accepts is what the engine's own route rules allow from the active stage.
      const facts = { ...view.simulation.conditions, ...Object.fromEntries(path.steps.slice(0, i).filter((s) => index.events.get(s.event)?.kind === 'condition').map((s) => [s.event, true])) };
      const engineChoices = machine.events.flatMap((e) => {
        const { route } = routeForEvent(index, leaf, leaf, e.id, facts);
        return route ? [[e.id, route.target]] : [];
      });
      expect(view.choices.map((c) => [c.event, c.target])).toEqual(engineChoices);
      expect(view.choices.map((c) => c.state)).toEqual(view.choices.map(() => leaf));
      expect(view.choices.find((c) => c.event === next.event)?.target).toBe(next.transition.target);
    }
  });

  it.each(paths.map((p) => [routeName(p), p] as const))('due moments agree on %s', (_name, path) => {
    const scenario = scenarioFor(machine, path);
    const options = simulationOptions(machine, scenario);
    const simulation = simulate(machine, options);
    const actor = startCaseActor(machine, options, simulation.startState);
    followCase(index, simulation, [], actor);
    // Step by step: the actor's due moment for each stage entered is the engine's.
    const groups = entryGroups(simulation.steps);
    for (const [n, group] of groups.entries()) {
      const { dueAt } = actor.snapshot().context;
      for (const step of group) expect(dueAt[step.state.id] ?? null, step.state.id).toBe(step.deadline?.due.getTime() ?? null);
      const leaving = group[group.length - 1]!;
      if (n < path.steps.length && leaving.exitedAt) actor.send(path.steps[n]!.event, leaving.exitedAt);
    }
    actor.stop();
  });
});

describe('entry groups', () => {
  it('cuts the engine walk where each route entered states', () => {
    const simulation = simulate(machines.cumberland!, simulationOptions(machines.cumberland!, { start: START, nation: null, conditions: [], startAt: null, steps: [] }));
    expect(entryGroups(simulation.steps).map((g) => g.map((s) => s.state.id))).toEqual([['stage1', 'level1'], ['level2'], ['level3'], ['stage2'], ['stage3']]);
  });
});
