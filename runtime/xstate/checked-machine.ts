// createProtocolMachine: the XState entry for any machine.json. It checks the machine first
// (loadMachine: schema, format version, references) and throws one InvalidMachineError listing
// every problem before anything runs; the rest is createTrustedProtocolMachine (setup.ts).
//
//   const actor = createActor(createProtocolMachine(machine, { conditions: { child_protection: true } }));
//   actor.start(); actor.send({ type: 'unresolved' });

import type { Machine } from '../../compiler/ir/types.ts';
import { loadMachine } from '../machine/load-machine.ts';
import type { XStateMachineConfig } from './config.ts';
import { createTrustedProtocolMachine, type ProtocolSetupOptions } from './setup.ts';

/**
 * A ready machine: the protocol's XState config (or one loaded from `xstate.json`) with the
 * guards, delays and actions it names. Pass it to `createActor`.
 */
export function createProtocolMachine(machine: Machine, options: ProtocolSetupOptions = {}, config?: XStateMachineConfig) {
  return createTrustedProtocolMachine(loadMachine(machine), options, config);
}
