// docs/machine-format.md lists every field of the published schema: its field reference is
// generated from the schema, and this test fails when the schema changed and the page did not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { machineJsonSchema } from '../../compiler/ir/schema.ts';
import { withFieldReference } from '../../scripts/generate-machine-format-doc.ts';

const DOC = join(import.meta.dirname, '..', '..', 'docs', 'machine-format.md');

describe('docs/machine-format.md', () => {
  const doc = readFileSync(DOC, 'utf8');

  it('has a current field reference (else run `npm run generate:machine-format`)', () => {
    expect(withFieldReference(doc) === doc, 'run `npm run generate:machine-format`').toBe(true);
  });

  it('names every top-level field and the schema $id', () => {
    const schema = machineJsonSchema() as { $id: string; properties: Record<string, unknown> };
    expect(doc).toContain(schema.$id);
    for (const field of Object.keys(schema.properties)) expect(doc, field).toContain(`| \`${field}\` |`);
  });
});
