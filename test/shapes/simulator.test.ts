// The site's simulator on the issue 10 shapes protocol (happy-dom, no browser): the current stage
// lists each step with its due date and qualifier, and once the stage has ended the path so far
// tags the steps that fell due while it was still open; a stage's required forms are named there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { compileSource, createCompilerTools } from '../../compiler/index.ts';
import { caseView } from '../../site/src/simulator/case-view.ts';
import { renderCase, type CaseActions } from '../../site/src/simulator/render-case.ts';
import type { Scenario } from '../../site/src/simulator/scenario.ts';

const source = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'shapes.protocol'), 'utf8');
const machine = compileSource(source, 'shapes.protocol', createCompilerTools()).machine!;
const base: Scenario = { start: '2026-12-18T16:30', nation: null, conditions: [], startAt: null, steps: [] };
const actions: CaseActions = { choose: () => {}, now: () => '2027-01-20T09:00', undo: () => {}, restart: () => {}, share: () => {} };

function shown(scenario: Scenario): string {
  const doc = new Window().document as unknown as Document;
  const panel = renderCase(doc, machine, caseView(machine, scenario), actions, 'sim', []);
  return (panel.element.textContent ?? '').replace(/\s+/g, ' ');
}

describe('the simulator on steps', () => {
  it("lists the current stage's steps with their due dates", () => {
    const text = shown({ ...base, steps: [{ state: 'stage1', event: 'unresolved', at: null }] });
    expect(text).toContain('Each step below has its own timescale.');
    expect(text).toContain('1. The other agency acknowledges the concern: due Wed 23 Dec 2026 17:00');
    expect(text).toContain('2. The other agency responds in writing: due Wed 30 Dec 2026 17:00');
    expect(text).toContain('3. Both managers meet, by Line manager (your agency): due Tue 5 Jan 2027 17:00');
    expect(text).not.toContain('overdue');
  });

  it('tags the steps that fell due while their stage was still open', () => {
    const text = shown({
      ...base,
      steps: [
        { state: 'stage1', event: 'unresolved', at: null },
        { state: 'stage2', event: 'unresolved', at: '2026-12-31T10:00' },
      ],
    });
    expect(text).toContain('step overdue: The other agency acknowledges the concern');
    expect(text).toContain('step overdue: The other agency responds in writing');
    expect(text).not.toContain('step overdue: Both managers meet');
  });

  it('keeps a qualifier on the due line', () => {
    const text = shown({ ...base, steps: [{ state: 'stage1', event: 'unresolved', at: null }, { state: 'stage2', event: 'unresolved', at: null }] });
    expect(text).toContain("or sooner where the child's plan requires it (whichever comes first)");
  });

  it('names the forms the protocol requires at the current stage, and only there', () => {
    const atStage3 = shown({ ...base, steps: [{ state: 'stage1', event: 'unresolved', at: null }, { state: 'stage2', event: 'unresolved', at: null }] });
    expect(atStage3).toContain('Required forms');
    expect(atStage3).toMatch(/Required forms\s*Escalation form/);
    expect(shown(base)).not.toContain('Required forms');
  });
});
