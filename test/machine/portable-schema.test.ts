// The published JSON Schema reads the same in the three validators developers reach for: ajv
// (JavaScript), TypeBox's Value.Check (JavaScript, RegExp without the `u` flag) and Python's
// jsonschema (Draft 2020-12, the `re` engine). Each machine below must get the same verdict from all
// three (TypeBox checks the exported TypeBox schema, `stepladder/schema`), and every pattern keeps to the portable subset (docs/machine-format.md).
import { execFileSync } from 'node:child_process';
import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, MachineSchema, machineJsonSchema } from '../../compiler/ir/schema.ts';
import { createMachineValidator } from '../../compiler/ir/validate.ts';
import { compileProtocol, protocolFiles } from '../helpers/protocols.ts';

const schema = machineJsonSchema();
const machines = protocolFiles().map((p) => compileProtocol(p));
const base = machines[0]!;

type Mutation = [name: string, valid: boolean, change: (m: Record<string, any>) => void];

const MUTATIONS: Mutation[] = [
  ['a name with non-ASCII letters', true, (m) => (m.roles[0].id = 'rôle_ñame-2')],
  ['a name with a letter beyond U+FFFF', true, (m) => (m.roles[0].id = '𝐀lpha')],
  ['a name in Greek', true, (m) => (m.roles[0].id = 'διευθυντής')],
  ['a name starting with a digit', false, (m) => (m.roles[0].id = '2nd_manager')],
  ['a name starting with a hyphen', false, (m) => (m.roles[0].id = '-manager')],
  ['a name with a space', false, (m) => (m.roles[0].id = 'line manager')],
  ['a name with a dot', false, (m) => (m.roles[0].id = 'line.manager')],
  ['an empty name', false, (m) => (m.roles[0].id = '')],
  ['an Arabic-Indic digit in a date', false, (m) => (m.calendar.closures = [{ date: '202٦-12-24', reason: null }])],
  ['a closure day', true, (m) => (m.calendar.closures = [{ date: '2026-12-24', reason: 'Closed' }])],
  ['a thirteenth month', false, (m) => (m.calendar.closures = [{ date: '2026-13-01', reason: null }])],
  ['an effective month', true, (m) => (m.meta.effective = '2019-09')],
  ['an effective day', true, (m) => (m.meta.effective = '2019-09-01')],
  ['an acknowledged code', true, (m) => (m.acknowledgements = [{ code: 'W0301', name: 'x', reason: 'Because.', target: null }])],
  ['a code with non-ASCII digits', false, (m) => (m.acknowledgements = [{ code: 'W٠٣٠١', name: 'x', reason: 'Because.', target: null }])],
  ['an unknown property', false, (m) => (m.extra = true)],
  ['an unknown format version', false, (m) => (m.formatVersion = FORMAT_VERSION + 1)],
  ['an empty text', false, (m) => (m.meta.title = '')],
  ['a missing field', false, (m) => delete m.states],
];

function cases(): { name: string; valid: boolean; machine: unknown }[] {
  const seeds = machines.map((m) => ({ name: `seed ${m.id}`, valid: true, machine: m as unknown }));
  const mutated = MUTATIONS.map(([name, valid, change]) => {
    const copy = structuredClone(base) as Record<string, any>;
    change(copy);
    return { name, valid, machine: copy as unknown };
  });
  return [...seeds, ...mutated];
}

/** Python jsonschema's verdict on each instance (Draft 2020-12, schema checked first). */
function pythonVerdicts(instances: unknown[]): boolean[] {
  const program = [
    'import json, sys',
    'from jsonschema import Draft202012Validator',
    'data = json.load(sys.stdin)',
    "Draft202012Validator.check_schema(data['schema'])",
    "v = Draft202012Validator(data['schema'])",
    "print(json.dumps([v.is_valid(i) for i in data['instances']]))",
  ].join('\n');
  const out = execFileSync('python3', ['-c', program], { input: JSON.stringify({ schema, instances }), encoding: 'utf8' });
  return JSON.parse(out) as boolean[];
}

describe('the published schema', () => {
  it(`has a stable $id naming format ${FORMAT_VERSION}`, () => {
    expect(schema.$id).toBe(`https://stepladder.dev/schema/machine-v${FORMAT_VERSION}.json`);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('uses only portable regular expressions and no formats', () => {
    const patterns: string[] = [];
    const formats: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'pattern' && typeof value === 'string') patterns.push(value);
          if (key === 'format' && typeof value === 'string') formats.push(value);
          walk(value);
        }
      }
    };
    walk(schema);
    expect(patterns.length).toBeGreaterThan(2);
    expect(formats).toEqual([]);
    for (const pattern of patterns) {
      // Unicode property escapes, shorthand classes (\d means more in Python), lookarounds, named groups.
      expect(pattern, pattern).not.toMatch(/\\[pPdDwWsSbB]|\(\?[=!<]|\(\?P?</);
      expect(() => new RegExp(pattern), pattern).not.toThrow();
      expect(() => new RegExp(pattern, 'u'), pattern).not.toThrow();
    }
  });

  const all = cases();
  it('gets the same verdict from ajv, TypeBox Value.Check and Python jsonschema', () => {
    const ajv = createMachineValidator();
    const python = pythonVerdicts(all.map((c) => c.machine));
    const verdicts = all.map((c, i) => ({
      name: c.name,
      expected: c.valid,
      ajv: ajv(c.machine).length === 0,
      typebox: Value.Check(MachineSchema, c.machine),
      python: python[i],
    }));
    for (const v of verdicts) expect({ name: v.name, ajv: v.ajv, typebox: v.typebox, python: v.python }).toEqual({ name: v.name, ajv: v.expected, typebox: v.expected, python: v.expected });
  });
});
