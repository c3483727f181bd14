// xstate.json: the protocol as an XState v5 machine config. The config itself is built by the
// runtime (runtime/xstate/config.ts), so the site and integrations can build the same config from
// machine.json without the compiler; the guards, delays and actions it names come from
// `createProtocolSetup` in the runtime (docs/xstate.md).
import { toXStateConfig } from '../../../runtime/xstate/config.ts';
import { stableStringify } from '../../stable-json.ts';
import type { Emitter } from '../types.ts';

export const xstateEmitter: Emitter = {
  id: 'xstate',
  description: 'xstate.json: an XState v5 machine config; run it with createProtocolSetup (docs/xstate.md).',
  emit(machine) {
    return { files: [{ path: 'xstate.json', contents: stableStringify(toXStateConfig(machine)) }], diagnostics: [] };
  },
};
