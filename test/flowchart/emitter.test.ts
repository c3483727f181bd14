// Golden outputs of the flowchart emitters for every seed protocol and fixture, plus the promises the
// goldens cannot show on their own: determinism, registration, generated ids only.
import { describe, expect, it } from 'vitest';
import { emitters } from '../../compiler/emitters/index.ts';
import { flowTextEmitter, mermaidEmitter } from '../../compiler/emitters/mermaid/mermaid-emitter.ts';
import { allCases, samplePath } from './fixtures/cases.ts';

const cases = allCases();

function emitted(emitter: typeof mermaidEmitter, machine: (typeof cases)[number]['machine']): string {
  const { files, diagnostics } = emitter.emit(machine, {});
  expect(diagnostics).toEqual([]);
  expect(files).toHaveLength(1);
  return String(files[0]?.contents);
}

describe.each(cases)('flowchart of $name', ({ name, machine }) => {
  it('matches the golden flowchart.mmd', async () => {
    await expect(emitted(mermaidEmitter, machine)).toMatchFileSnapshot(samplePath(name, 'flowchart.mmd'));
  });

  it('matches the golden flowchart.md', async () => {
    await expect(emitted(flowTextEmitter, machine)).toMatchFileSnapshot(samplePath(name, 'flowchart.md'));
  });

  it('gives the same bytes for the same IR', () => {
    expect(emitted(mermaidEmitter, structuredClone(machine))).toBe(emitted(mermaidEmitter, machine));
    expect(emitted(flowTextEmitter, structuredClone(machine))).toBe(emitted(flowTextEmitter, machine));
  });

  it('declares only generated node ids', () => {
    const source = emitted(mermaidEmitter, machine);
    const body = source.slice(source.indexOf('flowchart TD'));
    // Every statement starts with a keyword or an id; strip quoted labels first so their words do not count.
    const statements = body.replace(/"[^"]*"/g, '""').split('\n').slice(1).map((l) => l.trim()).filter(Boolean);
    const keywords = /^(accTitle|accDescr|subgraph|end|direction|classDef|class|linkStyle)\b/;
    for (const statement of statements.filter((s) => !keywords.test(s))) {
      const ids = statement.match(/^[^\s[({>|]+|(?<=(?:-->|==>|-\.->)(?:\|""\|)?\s)[^\s[({>]+/g) ?? [];
      for (const id of ids) expect(id, statement).toMatch(/^(start|stages|(s|o|x|d|a|k)\d+(_\d+)?)(:::[a-z]+)?$/);
    }
  });

  it('puts every stage, outcome and exit in the chart', () => {
    const source = emitted(mermaidEmitter, machine);
    const nodes = machine.states.length + machine.exits.length;
    expect(source.match(/^\s+(s\d+\[|subgraph s\d+\[|x\d+>)/gm) ?? []).toHaveLength(nodes);
    for (let i = 1; i <= machine.outcomes.length; i++) expect(source).toMatch(new RegExp(`^\\s+o${i}(_\\d+)?\\("`, 'm'));
  });
});

describe('emitter registry', () => {
  it('lists the flowchart emitters', () => {
    expect(emitters).toContain(mermaidEmitter);
    expect(emitters).toContain(flowTextEmitter);
    expect(new Set(emitters.map((e) => e.id)).size).toBe(emitters.length);
  });
});
