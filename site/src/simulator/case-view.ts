// Everything the simulator shows for one case. The protocol's state machine, run as an XState
// actor (protocol-actor.ts, walk.ts), says where the case is: the active stage, what can happen
// there, and the outcome or exit once it has ended. The runtime's engine (the one behind
// `stepladder simulate`, so the site and the CLI give the same dates) says when and who: it walks
// the whole escalation, carrying on "as if nobody agrees" after the last step, with due dates,
// meetings, records and missed deadlines. walk.ts holds the two to the same route and stage at
// every step.

import type { Machine } from '../../../compiler/ir/types.ts';
import { SimulationError } from '../../../runtime/engine/errors.ts';
import { indexMachine, type MachineIndex } from '../../../runtime/engine/machine-index.ts';
import { simulateTrusted } from '../../../runtime/engine/simulate.ts';
import type { SimulatedEnd, SimulatedStep, Simulation } from '../../../runtime/engine/types.ts';
import { availableChoices, type Choice } from './choices.ts';
import { startCaseActor } from './protocol-actor.ts';
import { simulationOptions, type Scenario } from './scenario.ts';
import { followCase } from './walk.ts';

export interface CaseView {
  readonly scenario: Scenario;
  /** The engine's whole walk: the steps taken, then the worst case from there on. */
  readonly simulation: Simulation;
  /** Every stage and level entered so far, in order (the active ones last): the engine's steps. */
  readonly path: readonly SimulatedStep[];
  /** The active stage and its levels, outermost first, as the actor has them; empty once the case has ended. */
  readonly current: readonly SimulatedStep[];
  /** The outcome or exit the steps taken have reached (the actor's final state), or null while the case is open. */
  readonly end: SimulatedEnd | null;
  /** What can happen next: the events the actor accepts now. */
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

/**
 * Throws SimulationError when the engine refuses the scenario (a bad time, a step that cannot
 * happen), and MachineDisagreement (walk.ts) if the state machine and the engine ever part ways.
 */
export function caseView(machine: Machine, scenario: Scenario, index: MachineIndex = indexMachine(machine)): CaseView {
  const options = simulationOptions(machine, scenario);
  const simulation = simulateTrusted(machine, options);
  const actor = startCaseActor(machine, options, simulation.startState);
  try {
    const position = followCase(index, simulation, scenario.steps, actor);
    const path = simulation.steps.slice(0, position.taken);
    const current = position.active.map((id) => path.findLast((s) => s.state.id === id)!);
    const leaf = current[current.length - 1];
    const ended = position.final !== null;
    const lastExit = path.reduce<Date>((t, s) => (s.exitedAt && !current.includes(s) && s.exitedAt > t ? s.exitedAt : t), simulation.start);
    return {
      scenario,
      simulation,
      path,
      current,
      end: ended ? simulation.end : null,
      choices: leaf ? availableChoices(index, actor.logic, actor.snapshot(), leaf.state.id) : [],
      since: leaf ? leaf.enteredAt : lastExit,
      missed: path.filter((s) => !current.includes(s) && s.deadline?.missed === true),
      worstCase: ended ? null : simulation.end,
    };
  } finally {
    // The view is a picture of the case; the actor is not kept (a new one follows the next case).
    actor.stop();
  }
}

export interface SettledCase {
  readonly view: CaseView;
  /** What could not be used, in plain words (for a case read from a link). */
  readonly problems: readonly string[];
}

/**
 * The nearest case the protocol accepts: unknown conditions, a start stage it does not allow and
 * steps from the first one it refuses onwards are dropped, each with a sentence saying so.
 * MachineDisagreement is not settled: it is a fault in the toolchain, not in the link.
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
