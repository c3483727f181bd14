// Issue 10 item 5: a protocol may declare once that its timescales are indicative
// (`timescales indicative`); every number is then printed as indicative wherever it is printed,
// unless that timescale says `binding`. Without the statement nothing changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSource, createCompilerTools } from '../../compiler/index.ts';
import { briefingEmitter } from '../../compiler/emitters/briefing/briefing-emitter.ts';
import { flowTextEmitter, mermaidEmitter } from '../../compiler/emitters/mermaid/mermaid-emitter.ts';
import type { Deadline, Machine } from '../../compiler/ir/types.ts';
import { formatProtocol } from '../../dsl/format/index.ts';

const source = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'shapes.protocol'), 'utf8');
const declared = source
  .replace('  phase informal_phase', '  timescales indicative { cite informal }\n\n  phase informal_phase')
  // Stage 1's deadline keeps its force: a timescale that says `binding` overrides the protocol.
  .replace('deadline within 2 working days { cite stage1 }', 'deadline within 2 working days { binding  cite stage1 }');
const tools = createCompilerTools();

function deadlines(machine: Machine): [string, boolean][] {
  const all: [string, Deadline | null][] = [
    ...machine.states.flatMap((s) => [...s.deadline, ...s.timescales].map((d) => [s.id, d] as [string, Deadline])),
    ...machine.states.flatMap((s) => (s.steps ?? []).map((st) => [st.id, st.deadline] as [string, Deadline | null])),
    ...machine.outcomes.flatMap((o) => (o.steps ?? []).map((st) => [st.id, st.deadline] as [string, Deadline | null])),
  ];
  return all.filter((x): x is [string, Deadline] => x[1] !== null).map(([id, d]) => [id, d.binding]);
}

describe('timescales declared indicative for the whole protocol', () => {
  const compiled = compileSource(declared, 'shapes.protocol', tools);
  const machine = compiled.machine!;

  it('compiles cleanly and is kept by fmt', () => {
    expect(compiled.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
    expect(formatProtocol(declared)).toMatchObject({ ok: true, changed: false });
  });

  it('makes every timescale indicative except one that says binding', () => {
    expect(deadlines(machine)).toEqual([
      ['stage1', true],
      ['stage3', false],
      ['stage4', false],
      ['acknowledge', false],
      ['respond', false],
      ['meet', false],
      ['confirm', false],
    ]);
  });

  it('prints "(indicative)" with each indicative number in the flowchart, its text version and the briefing', () => {
    const text = String(flowTextEmitter.emit(machine, {}).files[0]!.contents);
    expect(text).toContain('Within 10 working days (indicative), or sooner');
    expect(text).toContain('Timescale: Within 2 working days.');
    expect(text).toContain('within 1 working day (indicative).');
    expect(text).toContain('Confirm the agreement in writing, by Line manager (your agency): within 2 working days (indicative).');
    expect(String(mermaidEmitter.emit(machine, {}).files[0]!.contents)).toContain('(indicative)');
    const briefing = String(briefingEmitter.emit(machine, { file: '' }).files[0]!.contents);
    expect(briefing).toContain('within 1 working day of this stage starting (indicative)');
  });

  it('changes nothing when the protocol does not declare it', () => {
    const plain = compileSource(source, 'shapes.protocol', tools).machine!;
    expect(deadlines(plain).every(([, binding]) => binding)).toBe(true);
  });
});
