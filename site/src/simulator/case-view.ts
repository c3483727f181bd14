// Everything the simulator shows for one case, worked out by the runtime's engine (the same one
// behind `stepladder simulate`, so the site and the CLI give the same due dates). The engine walks
// the whole escalation, carrying on "as if nobody agrees" after the last step; the replay in
// choices.ts tells which of its steps have happened so far and which stage is active now.

import type { Machine } from '../../../compiler/ir/types.ts';
import { SimulationError } from '../../../runtime/engine/errors.ts';
import { indexMachine, type MachineIndex } from '../../../runtime/engine/machine-index.ts';
import { simulate } from '../../../runtime/engine/simulate.ts';
import type { SimulatedEnd, SimulatedStep, Simulation } from '../../../runtime/engine/types.ts';
import { availableChoices, replayPosition, type Choice } from './choices.ts';
import { simulationOptions, type Scenario } from './scenario.ts';

export interface CaseView {
  readonly scenario: Scenario;
  /** The engine's whole walk: the steps taken, then the worst case from there on. */
  readonly simulation: Simulation;
  /** Every stage and level entered so far, in order (the active ones last). */
  readonly path: readonly SimulatedStep[];
  /** The active stage and its levels, outermost first; empty once the case has ended. */
  readonly current: readonly SimulatedStep[];
  /** The outcome or exit the steps taken have reached, or null while the case is open. */
  readonly end: SimulatedEnd | null;
  /** What can happen next. */
  readonly choices: readonly Choice[];
  /** The earliest moment the next step can have: when the active state was entered. */
  readonly since: Date;
  /** Stages and levels already left after their deadline. */
  readonly missed: readonly SimulatedStep[];
  /** Where the case ends if nobody agrees from here on (null once ended, or when no such route exists). */
  readonly worstCase: SimulatedEnd | null;
}

/** The innermost active step with a deadline: the due moment that matters now. */
export function currentDeadline(view: CaseView): SimulatedStep | null {
  return [...view.current].reverse().find((s) => s.deadline !== null) ?? null;
}

/** Throws SimulationError when the engine refuses the scenario (a bad time, a step that cannot happen). */
export function caseView(machine: Machine, scenario: Scenario, index: MachineIndex = indexMachine(machine)): CaseView {
  const simulation = simulate(machine, simulationOptions(machine, scenario));
  const position = replayPosition(index, simulation.startState, scenario.steps, simulation.conditions);
  const path = simulation.steps.slice(0, position.entered.length);
  path.forEach((step, i) => {
    // The replay and the engine must agree on the walk; if they ever differ, the page would show
    // the wrong stage, so fail loudly instead.
    if (step.state.id !== position.entered[i]) throw new Error(`the simulator lost track of the walk at '${position.entered[i]}'`);
  });
  const current = position.active.map((id) => path.findLast((s) => s.state.id === id)!);
  const ended = current.length === 0;
  const leaf = current[current.length - 1];
  const lastExit = path.reduce<Date>((t, s) => (s.exitedAt && !current.includes(s) && s.exitedAt > t ? s.exitedAt : t), simulation.start);
  return {
    scenario,
    simulation,
    path,
    current,
    end: ended ? simulation.end : null,
    choices: availableChoices(index, position),
    since: leaf ? leaf.enteredAt : lastExit,
    missed: path.filter((s) => !current.includes(s) && s.deadline?.missed === true),
    worstCase: ended ? null : simulation.end,
  };
}

export interface SettledCase {
  readonly view: CaseView;
  /** What could not be used, in plain words (for a case read from a link). */
  readonly problems: readonly string[];
}

/**
 * The nearest case the protocol accepts: unknown conditions, a start stage it does not allow and
 * steps from the first one it refuses onwards are dropped, each with a sentence saying so.
 */
export function settleScenario(machine: Machine, scenario: Scenario, fallbackStart: string): SettledCase {
  const index = indexMachine(machine);
  const problems: string[] = [];
  const known = new Set(machine.conditions.map((c) => c.id));
  let settled: Scenario = { ...scenario, conditions: scenario.conditions.filter((c) => known.has(c)) };
  if (settled.conditions.length < scenario.conditions.length) problems.push('Conditions this protocol does not have were left out.');
  for (let attempt = 0; attempt <= scenario.steps.length + 2; attempt++) {
    try {
      return { view: caseView(machine, settled, index), problems };
    } catch (error) {
      if (!(error instanceof SimulationError)) throw error;
      if (error.argument === 'event' && error.eventIndex !== null) {
        problems.push(`Steps from step ${error.eventIndex + 1} on could not be followed (${error.message}), so they were left out.`);
        settled = { ...settled, steps: settled.steps.slice(0, error.eventIndex) };
      } else if (error.argument === 'startAt' && settled.startAt !== null) {
        problems.push('The case starts at the protocol’s usual first stage: the stage in the link cannot be a starting point for it.');
        settled = { ...settled, startAt: null };
      } else if (error.argument === 'start' && settled.start !== fallbackStart) {
        problems.push(`The start time could not be used (${error.message}), so it is now.`);
        settled = { ...settled, start: fallbackStart, steps: [] };
      } else {
        throw error;
      }
    }
  }
  throw new Error('the simulator could not settle the case');
}
