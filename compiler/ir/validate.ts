// Validates a compiled protocol against the published JSON Schema with ajv (draft 2020-12). Used
// on every build: a machine that fails is an internal error and is never written.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { machineJsonSchema } from './schema.ts';
import type { Machine } from './types.ts';
import { validationSchema } from './validation-schema.ts';

export type MachineValidator = (machine: unknown) => string[];

export function createMachineValidator(): MachineValidator {
  // No formats: dates are checked by portable patterns (docs/machine-format.md).
  const options = { strict: true, allowUnionTypes: true } as const;
  // Every compile is checked, and almost every check passes: the pass/fail check stops at the first
  // problem, on the equivalent schema ajv checks fastest (validation-schema.ts). Only a machine that
  // fails is checked again against the published schema with every error collected, for the message;
  // that validator is compiled the first time it is needed.
  const passes = new Ajv2020({ ...options, discriminator: true }).compile<Machine>(validationSchema(machineJsonSchema()) as object);
  let explain: ReturnType<Ajv2020['compile']> | null = null;
  return (machine) => {
    if (passes(machine)) return [];
    explain ??= new Ajv2020({ ...options, allErrors: true }).compile(machineJsonSchema());
    explain(machine);
    const errors = explain.errors ?? passes.errors ?? [];
    return errors.map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
  };
}
