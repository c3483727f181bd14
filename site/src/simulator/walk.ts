// Following a case with the protocol's state machine, step by step, and holding it to the engine.
// The actor (protocol-actor.ts) says where the case is after each step; the engine's walk
// (runtime/engine/simulate.ts) says when: due dates, meetings, records, missed deadlines. After the
// start and after every step both must name the same route and the same active stage, or
// MachineDisagreement is thrown and the island shows that instead of dates that could be wrong.

import { selfAndAncestors, type MachineIndex } from '../../../runtime/engine/machine-index.ts';
import type { SimulatedStep, Simulation } from '../../../runtime/engine/types.ts';
import { routeTaken } from './choices.ts';
import { activeChain, type CaseActor } from './protocol-actor.ts';
import type { ScenarioStep } from './scenario.ts';

export class MachineDisagreement extends Error {
  /** 0: at the start; n: after the n-th step of the case. */
  readonly step: number;
  constructor(step: number, detail: string) {
    super(`${step === 0 ? 'At the start' : `After step ${step}`}, the protocol's state machine and its timeline disagree: ${detail}`);
    this.name = 'MachineDisagreement';
    this.step = step;
  }
}

/**
 * The engine's walk cut where each transition entered states: the states entered together go from
 * a stage down to the level that ends up active, so a new group begins wherever a state is not a
 * level of the one entered just before it (the last of a group has no levels). The first group is
 * the start; then one per route into a state, in order. A route to an outcome or exit enters nothing.
 */
export function entryGroups(steps: readonly SimulatedStep[]): SimulatedStep[][] {
  const groups: SimulatedStep[][] = [];
  steps.forEach((step, i) => {
    if (i > 0 && step.state.parent === steps[i - 1]!.state.id) groups[groups.length - 1]!.push(step);
    else groups.push([step]);
  });
  return groups;
}

export interface Position {
  /** How many of the engine's steps have happened: the rest is its worst case from here. */
  readonly taken: number;
  /** The active stage and its levels, outermost first, from the actor's snapshot; empty once ended. */
  readonly active: readonly string[];
  /** The outcome or exit (a final state) the actor reached, or null while the case is open. */
  readonly final: string | null;
}

const text = (chain: readonly string[] | null): string => (chain && chain.length > 0 ? `'${chain.join(' › ')}'` : 'nowhere');

/** Sends the case's steps to `actor`, checking it against `simulation` at every point. */
export function followCase(index: MachineIndex, simulation: Simulation, steps: readonly ScenarioStep[], actor: CaseActor): Position {
  const groups = entryGroups(simulation.steps);
  /** Where the engine is after its n-th transition: the last state entered, with its stages. */
  const engineChain = (n: number): string[] | null => {
    const leaf = groups[n]?.at(-1);
    return leaf ? selfAndAncestors(index, leaf.state.id).map((s) => s.id).reverse() : null;
  };
  const check = (n: number): string[] => {
    const snapshot = actor.snapshot();
    if (snapshot.status === 'error') throw new MachineDisagreement(n, `the state machine stopped (${String(actor.failure())})`);
    const machine = activeChain(snapshot.value);
    const engine = engineChain(n);
    if (text(machine) !== text(engine)) throw new MachineDisagreement(n, `the machine is at ${text(machine)}, the timeline at ${text(engine)}`);
    return machine;
  };

  let active = check(0);
  let taken = groups[0]?.length ?? 0;
  for (const [i, step] of steps.entries()) {
    const n = i + 1;
    const before = actor.snapshot();
    const leaving = groups[i]?.at(-1);
    const route = before.status === 'active' ? routeTaken(index, actor.logic, before, step.event) : null;
    if (route === null || !before.can({ type: step.event })) throw new MachineDisagreement(n, `the machine does not accept '${step.event}' at ${text(active)}`);
    if (!leaving?.exit || leaving.exit.transition.id !== route.id || !leaving.exitedAt) {
      throw new MachineDisagreement(n, `'${step.event}' takes the route '${route.id}' in the machine and '${leaving?.exit?.transition.id ?? 'none'}' in the timeline`);
    }
    actor.send(step.event, leaving.exitedAt);
    const after = actor.snapshot();
    if (after.status !== 'done') {
      active = check(n);
      taken += groups[n]?.length ?? 0;
      continue;
    }
    const final = String(after.value);
    if (n !== steps.length || simulation.end?.id !== final) {
      throw new MachineDisagreement(n, `the machine has ended at '${final}', the timeline ${simulation.end ? `ends at '${simulation.end.id}'` : 'has not ended'}`);
    }
    return { taken: simulation.steps.length, active: [], final };
  }
  return { taken, active, final: null };
}
