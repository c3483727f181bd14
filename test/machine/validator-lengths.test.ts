// The schema validator counts string lengths in UTF-16 units (ajv `unicode: false`, for speed:
// compiler/ir/validate.ts). That is only the same as counting characters while every length rule
// is `minLength: 1`; a new length rule must come with `unicode: true` again, which this test asks for.
import { describe, expect, it } from 'vitest';
import { machineJsonSchema } from '../../compiler/ir/schema.ts';

function lengthRules(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) lengthRules(item, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'minLength' || key === 'maxLength') found.push(`${key} ${String(value)}`);
      lengthRules(value, found);
    }
  }
  return found;
}

describe('string lengths in the machine schema', () => {
  it('are only ever "at least one", which UTF-16 units and characters count alike', () => {
    const rules = lengthRules(machineJsonSchema());
    expect(rules.length).toBeGreaterThan(0);
    expect([...new Set(rules)]).toEqual(['minLength 1']);
  });

});
