// One case in the simulator, as plain data: when it started, where, which of the protocol's
// conditions hold, where it started and what happened since. Everything the page shows is worked
// out from this (case-view.ts), and a share link is this written into the URL (share-link.ts).
// Times are kept as the `YYYY-MM-DDTHH:MM` London wall-clock text people typed.

import type { Machine, Nation } from '../../../compiler/ir/types.ts';
import { formatLondonIso, parseDateTime } from '../../../runtime/engine/date-time.ts';
import { SimulationError } from '../../../runtime/engine/errors.ts';
import type { SimulationOptions, TimelineEvent } from '../../../runtime/engine/types.ts';

/** Something that happened: an event in a stage, at a time or (null) at the stage's deadline. */
export interface ScenarioStep {
  readonly state: string;
  readonly event: string;
  readonly at: string | null;
}

export interface Scenario {
  /** When the escalation was raised, `YYYY-MM-DDTHH:MM` London time. */
  readonly start: string;
  /** Null: the protocol's own nation. */
  readonly nation: Nation | null;
  /** Ids of the conditions that hold, sorted. */
  readonly conditions: readonly string[];
  /** A discretionary start stage, or null for the protocol's usual start. */
  readonly startAt: string | null;
  readonly steps: readonly ScenarioStep[];
}

/** Start times are offered to the quarter hour: nobody knows when a concern arose to the minute. */
const ROUND_MINUTES = 15;

/** `now` as London wall-clock text, rounded down to the quarter hour, e.g. "2026-12-18T16:30". */
export function roundedLondonNow(now: Date): string {
  const wall = formatLondonIso(now).slice(0, 16);
  const minute = Math.floor(Number(wall.slice(14, 16)) / ROUND_MINUTES) * ROUND_MINUTES;
  return `${wall.slice(0, 14)}${String(minute).padStart(2, '0')}`;
}

export function emptyScenario(now: Date): Scenario {
  return { start: roundedLondonNow(now), nation: null, conditions: [], startAt: null, steps: [] };
}

export function withSetup(scenario: Scenario, change: Partial<Omit<Scenario, 'steps'>>): Scenario {
  const conditions = change.conditions ? [...new Set(change.conditions)].sort() : scenario.conditions;
  return { ...scenario, ...change, conditions };
}

export function withStep(scenario: Scenario, step: ScenarioStep): Scenario {
  return { ...scenario, steps: [...scenario.steps, step] };
}

export function withoutLastStep(scenario: Scenario): Scenario {
  return { ...scenario, steps: scenario.steps.slice(0, -1) };
}

function stepEvent(step: ScenarioStep, index: number): TimelineEvent {
  if (step.at === null) return { state: step.state, event: step.event };
  try {
    return { state: step.state, event: step.event, at: parseDateTime(step.at, 'event') };
  } catch (error) {
    // Say which step, as the engine does for its own refusals.
    if (error instanceof SimulationError) throw new SimulationError(error.code, 'event', error.message, step.at, index);
    throw error;
  }
}

/** The engine's input. Throws SimulationError for a time it cannot read. */
export function simulationOptions(machine: Machine, scenario: Scenario): SimulationOptions {
  const events = scenario.steps.map(stepEvent);
  const known = new Set(machine.conditions.map((c) => c.id));
  return {
    start: parseDateTime(scenario.start, 'start'),
    events,
    conditions: Object.fromEntries(scenario.conditions.filter((c) => known.has(c)).map((c) => [c, true])),
    startAt: scenario.startAt ?? undefined,
    nation: scenario.nation ?? undefined,
  };
}
