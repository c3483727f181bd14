// Validates a compiled protocol against the published JSON Schema with ajv (draft 2020-12). Used
// on every build: a machine that fails is an internal error and is never written.
//
// The pass/fail check is precompiled (machine-validator.generated.js, written by
// `npm run generate:validators` with ajv's standalone code): compiling it at start-up cost every
// process that compiles a protocol 250-400 ms, more than the compile itself (docs/benchmarks.md).
// It is used only while it was generated from the current schema, compared by fingerprint; after a
// schema change, until it is generated again, the check is compiled at start-up as before (and
// test/machine/precompiled-checks.test.ts fails, so it cannot stay that way). ajv's check keeps its
// last errors on itself; they are read at once, in the same synchronous call, so no compile can see
// another's.
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as precompiled from './machine-validator.generated.js';
import { AJV_OPTIONS, PASS_CHECK_OPTIONS, passCheckFingerprint } from './pass-check-options.ts';
import { type PrecompiledCheck, precompiledOr } from './precompiled-check.ts';
import { machineJsonSchema } from './schema.ts';
import type { Machine } from './types.ts';
import { validationSchema } from './validation-schema.ts';

export type MachineValidator = (machine: unknown) => string[];

type PassCheck = ((machine: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null };

/** The pass/fail check for `schema`: the precompiled one when it was made from this schema, else compiled now. */
export function passCheckFor(schema: object, generated: PrecompiledCheck<PassCheck> = precompiled): { check: PassCheck; precompiled: boolean } {
  return precompiledOr(generated, passCheckFingerprint(schema), () => new Ajv2020(PASS_CHECK_OPTIONS).compile<Machine>(schema));
}

export function createMachineValidator(): MachineValidator {
  // Every compile is checked, and almost every check passes: the pass/fail check stops at the first
  // problem, on the equivalent schema ajv checks fastest (validation-schema.ts). Only a machine that
  // fails is checked again against the published schema with every error collected, for the message;
  // that validator is compiled the first time it is needed.
  const passes = passCheckFor(validationSchema(machineJsonSchema()) as object).check;
  let explain: ReturnType<Ajv2020['compile']> | null = null;
  return (machine) => {
    if (passes(machine)) return [];
    explain ??= new Ajv2020({ ...AJV_OPTIONS, allErrors: true }).compile(machineJsonSchema());
    explain(machine);
    const errors = explain.errors ?? passes.errors ?? [];
    return errors.map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
  };
}
