// The JSON state machine: the IR itself, with sorted keys, validated against the published schema
// before it is returned to the compiler.
import { stableStringify } from '../../stable-json.ts';
import type { Emitter } from '../types.ts';

export const jsonEmitter: Emitter = {
  id: 'json',
  description: 'machine.json: the compiled state machine (see `stepladder schema`).',
  emit(machine) {
    return { files: [{ path: 'machine.json', contents: stableStringify(machine) }], diagnostics: [] };
  },
};
