// The case as an XState actor: the protocol's own state machine from the runtime (the config the
// build publishes as xstate.json, made here from machine.json by toXStateConfig, so nothing else is
// fetched), with the runtime's guards and actions, started where the case starts and with its
// conditions. It decides where the case is and what can happen there (walk.ts, choices.ts).
//
// Its clock is XState's SimulatedClock, moved to the engine's time of each step: no real timer is
// ever armed in the page, and the actor counts its own due moments at the same instants as the
// engine does, with the same calendar (the nation chosen for the case).

import { createActor, SimulatedClock, type SnapshotFrom } from 'xstate';
import type { Machine } from '../../../compiler/ir/types.ts';
import type { SimulationOptions } from '../../../runtime/engine/types.ts';
import { protocolCalendar } from '../../../runtime/engine/validate-input.ts';
import { toXStateConfig } from '../../../runtime/xstate/config.ts';
import { createTrustedProtocolMachine } from '../../../runtime/xstate/setup.ts';

export type ProtocolLogic = ReturnType<typeof createTrustedProtocolMachine>;
export type ProtocolSnapshot = SnapshotFrom<ProtocolLogic>;

export interface CaseActor {
  /** The machine the actor runs, for asking where an event leads (`getTransitionData`). */
  readonly logic: ProtocolLogic;
  snapshot(): ProtocolSnapshot;
  /** Sends `event` with the clock moved on to `at`, the moment the engine gives it. */
  send(event: string, at: Date): void;
  /** What made the actor stop with an error (e.g. a due moment past the known bank holidays), if anything did. */
  failure(): unknown;
  stop(): void;
}

/**
 * An actor for the case the engine was given (`options`), started at `startState`: the protocol's
 * usual start, or the discretionary start the engine accepted. The runtime's config starts where
 * the machine says it starts, so the config is made from the machine with that start.
 */
export function startCaseActor(machine: Machine, options: SimulationOptions, startState: string): CaseActor {
  const clock = new SimulatedClock();
  clock.set(options.start.getTime());
  const config = toXStateConfig(startState === machine.initial ? machine : { ...machine, initial: startState });
  const logic = createTrustedProtocolMachine(
    machine,
    { now: () => new Date(clock.now()), calendar: protocolCalendar(machine, options), conditions: options.conditions },
    config,
  );
  const actor = createActor(logic, { clock });
  let error: unknown = null;
  // Observed so XState does not rethrow it later, out of reach; walk.ts reports it.
  actor.subscribe({ error: (e) => (error = e) });
  actor.start();
  return {
    logic,
    snapshot: () => actor.getSnapshot(),
    send(event, at) {
      // Engine times never go back; a deadline timer on the way fires and records its miss.
      if (at.getTime() > clock.now()) clock.set(at.getTime());
      actor.send({ type: event });
    },
    failure: () => error,
    stop: () => actor.stop(),
  };
}

/** The active stage and its levels, outermost first, from a snapshot value such as `{ stage1: 'level2' }`. */
export function activeChain(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  const entries = Object.entries((value ?? {}) as Record<string, unknown>);
  // One region everywhere: a stage has exactly one active level.
  if (entries.length !== 1) throw new Error(`expected one active state, got ${JSON.stringify(value)}`);
  const [stage, inner] = entries[0]!;
  return [stage, ...activeChain(inner)];
}
