// Validates a compiled protocol against the published JSON Schema with ajv (draft 2020-12). Used
// on every build: a machine that fails is an internal error and is never written.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { machineJsonSchema } from './schema.ts';
import type { Machine } from './types.ts';

export type MachineValidator = (machine: unknown) => string[];

export function createMachineValidator(): MachineValidator {
  // unicode: false counts a string's length in UTF-16 units instead of walking it for surrogate
  // pairs: the schema's only length rule is `minLength: 1` (compiler/ir/schema-parts.ts), which both
  // counts decide alike, and the walk was a visible part of every check.
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, unicode: false });
  // No formats: dates are checked by portable patterns (docs/machine-format.md).
  const validate = ajv.compile<Machine>(machineJsonSchema());
  return (machine) => {
    if (validate(machine)) return [];
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
  };
}
