// Runs a protocol's XState export the way an integration would: the JSON the emitter writes,
// parsed back, given the runtime's guards, delays and actions, driven by the real `xstate`
// package on a simulated clock that starts at a chosen London time.
import { createActor, SimulatedClock } from 'xstate';
import type { Machine } from '../../compiler/ir/types.ts';
import { xstateEmitter } from '../../compiler/emitters/xstate/xstate-emitter.ts';
import { createProtocolMachine, type CaseFacts, type XStateMachineConfig } from '../../runtime/index.ts';

/** xstate.json as the build writes it, read back. */
export function emittedConfig(machine: Machine): XStateMachineConfig {
  const [file] = xstateEmitter.emit(machine, {}).files;
  return JSON.parse(String(file!.contents)) as XStateMachineConfig;
}

export function startActor(machine: Machine, start: Date, conditions: CaseFacts = {}) {
  const clock = new SimulatedClock();
  const now = () => new Date(start.getTime() + clock.now());
  const actor = createActor(createProtocolMachine(machine, { now, conditions }, emittedConfig(machine)), { clock });
  const errors: unknown[] = [];
  actor.subscribe({ error: (error) => errors.push(error) });
  actor.start();
  /** Moves the clock to `at` (firing any deadline timers on the way). */
  const advanceTo = (at: Date) => clock.set(at.getTime() - start.getTime());
  return { actor, clock, advanceTo, errors };
}

/** The active leaf of a snapshot value such as `{ stage1: 'level2' }`. */
export function activeLeaf(value: unknown): string {
  if (typeof value === 'string') return value;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length !== 1) throw new Error(`expected one active child, got ${JSON.stringify(value)}`);
  return activeLeaf(entries[0]![1]);
}
