// Validates a compiled protocol against the published JSON Schema with ajv (draft 2020-12). Used
// on every build: a machine that fails is an internal error and is never written.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { machineJsonSchema } from './schema.ts';
import type { Machine } from './types.ts';

export type MachineValidator = (machine: unknown) => string[];

export function createMachineValidator(): MachineValidator {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  // No formats: dates are checked by portable patterns (docs/machine-format.md).
  const validate = ajv.compile<Machine>(machineJsonSchema());
  return (machine) => {
    if (validate(machine)) return [];
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
  };
}
