// The diagnostics reference covers the whole registry, with examples from the checked samples.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docsPath, registry } from '../../compiler/diagnostics/registry.ts';
import { diagnosticReferences, templateParts } from '../../site/src/utils/diagnostic-reference.ts';
import { routes } from '../../site/src/utils/href.ts';
import { ROOT } from './fixture-site.ts';

const references = diagnosticReferences(join(ROOT, 'test/diagnostics/samples'));

describe('diagnostics reference', () => {
  it('has one entry per registry code, sorted by code, at the address the CLI prints', () => {
    expect(references.map((r) => r.code)).toEqual(Object.values(registry).map((e) => e.code).sort());
    for (const r of references) expect(routes.diagnostic(r.code)).toBe(docsPath(r.code));
  });

  it('shows the sample and what the checker prints for it', () => {
    const undefinedName = references.find((r) => r.name === 'undefined_name')!;
    expect(undefinedName.example?.input).toContain('wroker');
    expect(undefinedName.example?.output).toContain('error[E0101]');
    const emitterWarning = references.find((r) => r.name === 'briefing_section_empty')!;
    expect(emitterWarning.example?.output).toContain(registry.briefing_section_empty.code);
    // Samples that simulate a compiler bug are not examples for authors.
    expect(references.find((r) => r.name === 'internal_error')!.example).toBeNull();
  });

  it('marks placeholders in message templates', () => {
    expect(templateParts("There is no {kind} called '{name}'.")).toEqual([
      { text: 'There is no ', placeholder: false },
      { text: '{kind}', placeholder: true },
      { text: " called '", placeholder: false },
      { text: '{name}', placeholder: true },
      { text: "'.", placeholder: false },
    ]);
  });
});
