// The schema checks the compiler runs on every call are precompiled by ajv
// (scripts/generate-validators.ts): the build's pass/fail check of a compiled protocol and the check
// of stepladder.yaml. This file checks that each module is current, and that a check generated from
// another schema is never used. validation-schema.test.ts checks that the protocol's judges thousands
// of broken protocols as the published schema does; test/config/ checks every configuration problem.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configCheck, parseConfig } from '../../compiler/config/parse-config.ts';
import { machineJsonSchema } from '../../compiler/ir/schema.ts';
import { schemaFingerprint } from '../../compiler/ir/precompiled-check.ts';
import { createMachineValidator, passCheckFor } from '../../compiler/ir/validate.ts';
import { validationSchema } from '../../compiler/ir/validation-schema.ts';
import { GENERATED_CHECKS, generatedCheckModule } from '../../scripts/generate-validators.ts';
import { compileProtocol, protocolFiles, ROOT } from '../helpers/protocols.ts';

const schema = validationSchema(machineJsonSchema()) as object;
const stale = { SCHEMA_FINGERPRINT: '0000000000000000', validate: () => true };

describe('the precompiled checks', () => {
  it.each(GENERATED_CHECKS.map((check) => [check.path, check] as const))('%s is current (else run `npm run generate:validators`)', (_path, check) => {
    expect(readFileSync(join(ROOT, check.path), 'utf8') === generatedCheckModule(check), 'run `npm run generate:validators`').toBe(true);
  });

  it('are the ones in use', () => {
    expect(passCheckFor(schema).precompiled).toBe(true);
    expect(configCheck().precompiled).toBe(true);
  });

  it('are not used for a schema they were not generated from: the check is compiled, and judges by its own schema', () => {
    const machine = passCheckFor(schema, stale);
    expect(machine.precompiled).toBe(false);
    expect(machine.check({ format: 'not a protocol' })).toBe(false);
    expect(machine.check(compileProtocol(protocolFiles()[0]!))).toBe(true);
    const config = configCheck(stale);
    expect(config.precompiled).toBe(false);
    expect(config.check({ site: { name: 'A name' } })).toBe(true);
    expect(config.check({ colour: 'red' })).toBe(false);
  });

  it('find in a broken configuration exactly the errors the compiled check finds, schema and all', () => {
    const compiled = configCheck(stale).check;
    const precompiled = configCheck().check;
    const broken = [{ partnership: { name: '' } }, { site: { colour: 'red' } }, { contacts: [{ name: 3 }] }, { protocols: { x: { next_review: 'soon' } } }, 'not a mapping'];
    for (const data of broken) {
      expect(precompiled(data), JSON.stringify(data)).toBe(false);
      expect(compiled(data)).toBe(false);
      expect(JSON.parse(JSON.stringify(precompiled.errors)), JSON.stringify(data)).toEqual(JSON.parse(JSON.stringify(compiled.errors)));
    }
  });

  it('leave the build refusing a broken machine, with the published schema’s message', () => {
    const machine = structuredClone(compileProtocol(protocolFiles()[0]!)) as unknown as Record<string, unknown>;
    delete machine.id;
    expect(createMachineValidator()(machine)).toEqual(["/ must have required property 'id'"]);
  });

  it('leave every problem of a configuration reported, at its place, with the keys allowed', () => {
    const { config, diagnostics } = parseConfig('partnership:\n  name: ""\nsite:\n  colour: red\ncontacts:\n  - name: 3\n', 'stepladder.yaml');
    expect(config).toBeNull();
    expect(diagnostics.map((d) => [d.code, d.span.start])).toEqual([
      ['E0171', 21],
      ['E0172', 32],
      ['E0173', 58],
      ['E0171', 64],
    ]);
    expect(diagnostics[1]!.message).toBe("'colour' is not a setting of 'site'. Did you mean 'colours'?");
  });

  it('are tied to their schema by a fingerprint that any change to it moves', () => {
    const changed = structuredClone(schema) as { title: string };
    changed.title += '.';
    expect(schemaFingerprint(changed)).not.toBe(schemaFingerprint(schema));
    expect(schemaFingerprint(structuredClone(schema))).toBe(schemaFingerprint(schema));
    expect(schemaFingerprint(schema)).toMatch(/^[0-9a-f]{16}$/);
  });
});
