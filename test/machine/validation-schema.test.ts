// The build checks every compiled protocol against a rewritten copy of the published schema that ajv
// checks faster (compiler/ir/validation-schema.ts). The copy must accept exactly what the published
// schema accepts: here both judge the real protocols, the shapes fixture and thousands of broken
// copies of them (a value nulled, emptied, retyped, misspelt, removed or added, or a string made of
// half a surrogate pair), and must agree on every one. So must the check the build runs: the same
// schema precompiled by ajv (compiler/ir/machine-validator.generated.js).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSource, createCompilerTools } from '../../compiler/index.ts';
import { machineJsonSchema } from '../../compiler/ir/schema.ts';
import { passCheckFor } from '../../compiler/ir/validate.ts';
import { validationSchema } from '../../compiler/ir/validation-schema.ts';
import { compileProtocol, protocolFiles } from '../helpers/protocols.ts';

const tools = createCompilerTools();
const shapes = compileSource(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'shapes.protocol'), 'utf8'), 'test/fixtures/shapes.protocol', tools).machine!;
const machines = [...protocolFiles().map((p) => compileProtocol(p, tools)), shapes];
const published = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(machineJsonSchema());
const rewritten = new Ajv2020({ strict: true, allowUnionTypes: true, discriminator: true }).compile(validationSchema(machineJsonSchema()) as object);
const built = passCheckFor(validationSchema(machineJsonSchema()) as object);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place in a JSON value: the path of keys and indexes to it. */
function paths(value: Json, at: (string | number)[] = [], into: (string | number)[][] = []): (string | number)[][] {
  into.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], into));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], into);
  return into;
}

const BREAKS = ['null', 'empty string', 'number', 'misspelt', 'object', 'array', 'remove', 'add key', 'boolean', 'unicode', 'lone surrogate'] as const;

/** A copy of `machine` with the value at `path` broken in one way. */
function broken(machine: Json, path: (string | number)[], how: (typeof BREAKS)[number]): Json {
  const copy = structuredClone(machine);
  if (path.length === 0) return how === 'add key' ? { ...(copy as object), extra: 1 } : null;
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  const old = parent[key];
  const replacement: Record<(typeof BREAKS)[number], () => Json | undefined> = {
    null: () => null,
    'empty string': () => '',
    number: () => -1.5,
    misspelt: () => (typeof old === 'string' ? `${old}x` : 'x'),
    object: () => ({}),
    array: () => [],
    remove: () => undefined,
    'add key': () => (old !== null && typeof old === 'object' && !Array.isArray(old) ? { ...old, extra: 1 } : old),
    boolean: () => true,
    // One code point written as two code units.
    unicode: () => '\u{1F600}',
    // Half of such a pair alone: one character to `minLength`, and to the rewrite's pattern.
    'lone surrogate': () => '\uD83D',
  };
  const next = replacement[how]();
  if (next === undefined) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else parent[key] = next;
  return copy;
}

describe('the schema the build checks with', () => {
  it('is checked by the precompiled check, generated from this very schema', () => {
    expect(built.precompiled).toBe(true);
  });

  it('accepts every real protocol and the shapes fixture, as the published schema does', () => {
    for (const machine of machines) {
      expect(published(machine)).toBe(true);
      expect(rewritten(machine)).toBe(true);
      expect(built.check(machine)).toBe(true);
    }
  });

  it('judges every broken copy as the published schema does', () => {
    const cases = machines.flatMap((machine) => paths(machine as unknown as Json).map((path) => ({ machine: machine as unknown as Json, path })));
    let rejected = 0;
    fc.assert(
      // Cases by index, so a counterexample prints a number and the message a path, not a whole machine.
      fc.property(fc.nat(cases.length - 1), fc.constantFrom(...BREAKS), (index, how) => {
        const { machine, path } = cases[index]!;
        const copy = broken(machine, path, how);
        const verdict = published(copy);
        if (!verdict) rejected += 1;
        expect(rewritten(copy), `${how} at /${path.join('/')}`).toBe(verdict);
        expect(built.check(copy), `precompiled: ${how} at /${path.join('/')}`).toBe(verdict);
      }),
      { numRuns: 3000, seed: 20261201 },
    );
    // The breaks do break things: most copies are refused, so agreement is not agreement on "fine".
    expect(rejected).toBeGreaterThan(1500);
  });

  it('judges every break of every anchor (the unions checked by their `kind`) as the published schema does', () => {
    let checked = 0;
    for (const machine of machines) {
      for (const path of paths(machine as unknown as Json).filter((p) => p.includes('anchor'))) {
        for (const how of BREAKS) {
          const copy = broken(machine as unknown as Json, path, how);
          expect(rewritten(copy), `${how} at /${path.join('/')}`).toBe(published(copy));
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('rewrites the unions ajv is slow on, and every non-empty string', () => {
    const count = (schema: unknown, keyword: string) => (JSON.stringify(schema).match(new RegExp(`"${keyword}"`, 'g')) ?? []).length;
    expect(count(validationSchema(machineJsonSchema()), 'anyOf')).toBeLessThan(count(machineJsonSchema(), 'anyOf') / 10);
    expect(count(validationSchema(machineJsonSchema()), 'discriminator')).toBeGreaterThan(5);
    expect(count(machineJsonSchema(), 'minLength')).toBeGreaterThan(100);
    expect(count(validationSchema(machineJsonSchema()), 'minLength')).toBe(0);
  });
});
