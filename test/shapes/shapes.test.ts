// Issue 10's shapes in one made-up protocol (test/fixtures/shapes.protocol): steps inside a stage,
// duties on a route and an outcome, a conditional record, notifications and copies to bodies and
// agencies, 'or sooner'/'or later' qualifiers and phases. Golden outputs from every emitter, and
// what the engine makes of them with real dates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSource, createCompilerTools } from '../../compiler/index.ts';
import { briefingEmitter } from '../../compiler/emitters/briefing/briefing-emitter.ts';
import { formsEmitter } from '../../compiler/emitters/forms/forms-emitter.ts';
import { jsonEmitter } from '../../compiler/emitters/json/json-emitter.ts';
import { flowTextEmitter, mermaidEmitter } from '../../compiler/emitters/mermaid/mermaid-emitter.ts';
import { xstateEmitter } from '../../compiler/emitters/xstate/xstate-emitter.ts';
import { createMachineValidator } from '../../compiler/ir/validate.ts';
import { formatProtocol } from '../../dsl/format/index.ts';
import { formatSimulationText, simulate, simulationToJson } from '../../runtime/engine/index.ts';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'shapes.protocol');
const GOLDEN = join(import.meta.dirname, 'samples');
const compiled = compileSource(readFileSync(FIXTURE, 'utf8'), 'test/fixtures/shapes.protocol', createCompilerTools());
const machine = compiled.machine!;
const at = (iso: string) => new Date(iso);

describe('the shapes protocol', () => {
  it('compiles without errors or warnings and validates against the schema', () => {
    expect(compiled.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
    expect(createMachineValidator()(machine)).toEqual([]);
  });

  it.each([
    ['machine.json', jsonEmitter],
    ['flowchart.mmd', mermaidEmitter],
    ['flowchart.md', flowTextEmitter],
    ['xstate.json', xstateEmitter],
  ] as const)('matches the golden %s', async (name, emitter) => {
    const { files, diagnostics } = emitter.emit(machine, {});
    expect(diagnostics).toEqual([]);
    await expect(String(files[0]!.contents)).toMatchFileSnapshot(join(GOLDEN, name));
  });

  it('matches the golden briefing and forms', async () => {
    for (const emitter of [briefingEmitter, formsEmitter]) {
      for (const f of emitter.emit(machine, { file: 'shapes.protocol' }).files) {
        await expect(String(f.contents)).toMatchFileSnapshot(join(GOLDEN, f.path));
      }
    }
  });

  it('is laid out as stepladder fmt lays it out (fmt knows steps, notifications, qualifiers and phases)', () => {
    const source = readFileSync(FIXTURE, 'utf8');
    expect(formatProtocol(source)).toEqual({ ok: true, text: source, changed: false });
    // A block written on one line stays on one line, its items two spaces apart.
    const squeezed = source.replace(/\n\s*on unresolved -> stage3 \{\n\s*(notify[^\n]*)\n\s*\}/, '\n    on unresolved -> stage3 { $1 }');
    const result = formatProtocol(squeezed);
    expect(result.ok && result.text).toContain('on unresolved -> stage3 { notify business_unit "that the matter has moved to stage 3" { by line_manager  cite stage2_notify } }');
  });

  it('keeps steps as steps, never as levels or routes', () => {
    const stage2 = machine.states.find((s) => s.id === 'stage2')!;
    expect(stage2.levels).toEqual([]);
    expect(stage2.steps!.map((s) => [s.id, s.deadline?.amount, s.deadline?.anchor])).toEqual([
      ['acknowledge', 1, { kind: 'entry' }],
      ['respond', 4, { kind: 'entry' }],
      ['meet', 3, { kind: 'step', step: 'respond' }],
    ]);
    expect(machine.transitions.filter((t) => t.source === 'stage2').map((t) => t.event)).toEqual(['resolved', 'unresolved']);
    const flowchart = String(mermaidEmitter.emit(machine, {}).files[0]!.contents);
    expect(flowchart).not.toMatch(/acknowledges the concern[^\n]*-->/);
  });

  it('states each qualifier wherever its number is shown', () => {
    const text = String(flowTextEmitter.emit(machine, {}).files[0]!.contents);
    expect(text).toContain("Within 10 working days, or sooner where the child's plan requires it (whichever comes first)");
    expect(text).toContain('Within 15 working days, or by the next panel meeting if that is later');
    const briefing = String(briefingEmitter.emit(machine, { file: '' }).files[0]!.contents);
    expect(briefing).toContain('or sooner where the child&#x27;s plan requires it');
  });

  it('prints a conditional record with its condition, never for every case', () => {
    const text = String(flowTextEmitter.emit(machine, {}).files[0]!.contents);
    expect(text).toContain('only if a child is at risk of significant harm');
    const without = simulate(machine, { start: at('2026-12-18T16:30:00Z'), events: [{ state: 'stage1', event: 'unresolved' }, { state: 'stage2', event: 'unresolved' }, { state: 'stage3', event: 'unresolved' }, { state: 'stage4', event: 'decided' }] });
    expect(without.end?.records.map((r) => r.record)).toEqual([]);
    const withHarm = simulate(machine, {
      start: at('2026-12-18T16:30:00Z'),
      conditions: { significant_harm: true },
      events: [{ state: 'stage1', event: 'unresolved' }, { state: 'stage2', event: 'unresolved' }, { state: 'stage3', event: 'unresolved' }, { state: 'stage4', event: 'decided' }],
    });
    expect(withHarm.end?.records.map((r) => [r.record, r.condition])).toEqual([['childs_file', 'significant_harm']]);
  });
});

describe('entry points by kind', () => {
  const source = readFileSync(FIXTURE, 'utf8');
  const codes = (text: string) => compileSource(text, 'shapes.protocol', createCompilerTools()).diagnostics.map((d) => d.code);

  it('calls only urgent starts urgent', () => {
    const briefing = String(briefingEmitter.emit(machine, { file: '' }).files[0]!.contents);
    expect(briefing).toContain('<strong>Another procedure:</strong> If the concern is about the partnership itself');
    expect(briefing).not.toContain('Urgent start');
    expect(String(mermaidEmitter.emit(machine, {}).files[0]!.contents)).toContain('Another procedure');
    expect(machine.discretionaryStarts.map((s) => s.kind)).toEqual(['procedure']);
  });

  it('counts an exit taken on immediate risk as an urgent route, but not another procedure', () => {
    expect(codes(source)).not.toContain('W0407');
    const withoutExit = source.replace(/  at any stage on immediate_risk -> mash_referral \{ cite mash \}\n/, '');
    expect(withoutExit).not.toBe(source);
    expect(codes(withoutExit)).toContain('W0407');
    expect(codes(withoutExit.replace('kind procedure', 'kind urgent'))).not.toContain('W0407');
  });

  it("checks a step's published wording for a second unit (W0302) and reads 'a working week' as working days", () => {
    const mixed = source.replace('within 1 working day { cite stage2 }', 'within 1 working day { wording "within 24 hours (1 working day)"  cite stage2 }');
    expect(codes(mixed)).toContain('W0302');
    const week = source.replace('within 4 working days { cite stage2 }', 'within 5 working days { wording "within a working week"  cite stage2 }');
    expect(codes(week)).not.toContain('W0302');
  });

  it('says whose agency a role is in, wherever the role is named', () => {
    const text = String(flowTextEmitter.emit(machine, {}).files[0]!.contents);
    expect(text).toContain('Who meets: Line manager (your agency) and Line manager (the other agency).');
    const chart = String(mermaidEmitter.emit(machine, {}).files[0]!.contents);
    expect(chart).toContain('your agency');
    expect(chart).toContain('the other agency');
    expect(machine.roles.filter((r) => r.side).map((r) => [r.id, r.side])).toEqual([['line_manager', 'own'], ['other_manager', 'other']]);
    const wrong = compileSource(source.replace('side other', 'side othre'), 'shapes.protocol', createCompilerTools());
    expect(wrong.diagnostics.map((d) => d.message)).toEqual(["'othre' is not a side. Did you mean 'other'?"]);
  });

  it('refuses a kind it does not know, suggesting the nearest', () => {
    const result = compileSource(source.replace('kind procedure', 'kind procedur'), 'shapes.protocol', createCompilerTools());
    expect(result.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual(["E0105 'procedur' is not a kind of start. Did you mean 'procedure'?"]);
  });
});

describe('the engine on the shapes protocol', () => {
  // Raised on Friday 18 December 2026 at 16:30; Stage 2 is entered at Stage 1's deadline, Tue 22 Dec 17:00.
  const run = simulate(machine, {
    start: at('2026-12-18T16:30:00Z'),
    events: [
      { state: 'stage1', event: 'unresolved' },
      { state: 'stage2', event: 'unresolved', at: at('2027-01-11T10:00:00Z') },
      { state: 'stage3', event: 'resolved', at: at('2027-01-12T10:00:00Z') },
    ],
  });
  const stage2 = run.steps.find((s) => s.state.id === 'stage2')!;

  it("gives each step its due date, a later step counting from the earlier step's due moment", () => {
    expect(stage2.duties.timedSteps.map((s) => [s.step.id, s.due?.due.toISOString()])).toEqual([
      ['acknowledge', '2026-12-23T17:00:00.000Z'],
      // 4 working days over Christmas: 23, 24, 29, 30 December.
      ['respond', '2026-12-30T17:00:00.000Z'],
      // a further 3 working days after 30 December: 31 December, 4 and 5 January.
      ['meet', '2027-01-05T17:00:00.000Z'],
    ]);
  });

  it('marks as overdue the steps that fell due while the stage was still open', () => {
    expect(stage2.duties.timedSteps.every((s) => s.overdue)).toBe(true);
    const quick = simulate(machine, {
      start: at('2026-12-18T16:30:00Z'),
      events: [{ state: 'stage1', event: 'unresolved' }, { state: 'stage2', event: 'resolved', at: at('2026-12-29T09:00:00Z') }],
    });
    const steps = quick.steps.find((s) => s.state.id === 'stage2')!.duties.timedSteps;
    expect(steps.map((s) => [s.step.id, s.overdue])).toEqual([['acknowledge', true], ['respond', false], ['meet', false]]);
  });

  it('without a stage deadline, takes the stage to last until its last step is due', () => {
    const worst = simulate(machine, { start: at('2026-12-18T16:30:00Z') });
    expect(worst.steps.find((s) => s.state.id === 'stage2')!.exitedAt?.toISOString()).toBe('2027-01-05T17:00:00.000Z');
  });

  it("counts a route's notification from taking it and an outcome's step from reaching it", () => {
    expect(stage2.exit?.duties.notifications.map((n) => [n.notification.kind, n.to.map((t) => t.title)])).toEqual([
      ['notify', ['Partnership business unit']],
    ]);
    const confirm = run.end!.duties.timedSteps[0]!;
    expect([confirm.step.id, confirm.due?.due.toISOString()]).toEqual(['confirm', '2027-01-14T17:00:00.000Z']);
    expect(confirm.notifications.map((n) => n.to.map((t) => t.title))).toEqual([['Health', "Children's social care"]]);
  });

  it('matches the golden text and JSON timelines', async () => {
    await expect(formatSimulationText(run)).toMatchFileSnapshot(join(GOLDEN, 'simulate.txt'));
    await expect(`${JSON.stringify(simulationToJson(run), null, 2)}\n`).toMatchFileSnapshot(join(GOLDEN, 'simulate.json'));
  });
});
