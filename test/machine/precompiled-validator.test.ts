// The build's pass/fail check of a compiled protocol is precompiled by ajv into
// compiler/ir/machine-validator.generated.js (scripts/generate-machine-validator.ts), so no process
// compiles it at start-up. This file checks that the module is current, and that a check generated
// from another schema is never used. validation-schema.test.ts checks that it judges thousands of
// broken protocols as the published schema does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { machineJsonSchema } from '../../compiler/ir/schema.ts';
import { schemaFingerprint } from '../../compiler/ir/schema-fingerprint.ts';
import { createMachineValidator, passCheckFor } from '../../compiler/ir/validate.ts';
import { validationSchema } from '../../compiler/ir/validation-schema.ts';
import { machineValidatorModule } from '../../scripts/generate-machine-validator.ts';
import { compileProtocol, protocolFiles } from '../helpers/protocols.ts';

const GENERATED = join(import.meta.dirname, '..', '..', 'compiler', 'ir', 'machine-validator.generated.js');
const schema = validationSchema(machineJsonSchema()) as object;

describe('the precompiled check', () => {
  it('is current (else run `npm run generate:validator`)', () => {
    expect(readFileSync(GENERATED, 'utf8') === machineValidatorModule(), 'run `npm run generate:validator`').toBe(true);
  });

  it('is not used for a schema it was not generated from: that one is compiled, and judges by its own schema', () => {
    const stale = { SCHEMA_FINGERPRINT: '0000000000000000', validate: () => true };
    const { check, precompiled } = passCheckFor(schema, stale);
    expect(precompiled).toBe(false);
    expect(check({ format: 'not a protocol' })).toBe(false);
    expect(check(compileProtocol(protocolFiles()[0]!))).toBe(true);
  });

  it('leaves the build refusing a broken machine, with the published schema’s message', () => {
    const machine = structuredClone(compileProtocol(protocolFiles()[0]!)) as unknown as Record<string, unknown>;
    delete machine.id;
    expect(createMachineValidator()(machine)).toEqual(["/ must have required property 'id'"]);
  });

  it('is tied to the schema by a fingerprint that any change to it moves', () => {
    const changed = structuredClone(schema) as { title: string };
    changed.title += '.';
    expect(schemaFingerprint(changed)).not.toBe(schemaFingerprint(schema));
    expect(schemaFingerprint(structuredClone(schema))).toBe(schemaFingerprint(schema));
    expect(schemaFingerprint(schema)).toMatch(/^[0-9a-f]{16}$/);
  });
});
