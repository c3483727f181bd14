// Issue 10 item 10 on the shapes protocol: a form required at a stage, choice fields with their
// options and fields marked as monitoring data, from the machine to every printed output; and the
// checks that keep them honest (an undeclared or wrong-kind required form, a choice without options).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSource, createCompilerTools } from '../../compiler/index.ts';
import { briefingEmitter } from '../../compiler/emitters/briefing/briefing-emitter.ts';
import { formsEmitter } from '../../compiler/emitters/forms/forms-emitter.ts';
import { flowTextEmitter, mermaidEmitter } from '../../compiler/emitters/mermaid/mermaid-emitter.ts';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'shapes.protocol');
const source = readFileSync(FIXTURE, 'utf8');
const compile = (text: string) => compileSource(text, 'shapes.protocol', createCompilerTools());
const machine = compile(source).machine!;
const contents = (emitter: typeof briefingEmitter, path?: string) => {
  const files = emitter.emit(machine, { file: 'shapes.protocol' }).files;
  return String((path ? files.find((f) => f.path === path) : files[0])!.contents);
};

describe('a form required at a stage', () => {
  it('is kept on the stage in machine.json, with its citation, and nowhere else', () => {
    expect(machine.states.filter((s) => s.requiredForms).map((s) => [s.id, s.requiredForms])).toEqual([
      ['stage3', [{ form: 'escalation_form', citations: ['stage3_form'] }]],
    ]);
  });

  it('is printed as required on the flowchart, its text version, the briefing and the form itself', () => {
    expect(contents(mermaidEmitter)).toContain('form (required)');
    expect(contents(flowTextEmitter)).toMatch(/Designated safeguarding leads\*\*\n(?:.*\n)*?\s+- Required form: Escalation form\./);
    expect(contents(briefingEmitter)).toContain('<strong>Required:</strong> Escalation form.');
    expect(contents(formsEmitter, 'forms/escalation_form.html')).toContain('<strong>Required at:</strong> Stage 3 – Designated safeguarding leads.');
  });

  it('must name a declared form, suggesting the nearest, and not a register', () => {
    const typo = compile(source.replace('required form escalation_form', 'required form escalation_from'));
    expect(typo.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual(["E0101 There is no form called 'escalation_from'. Did you mean 'escalation_form'?"]);
    const register = compile(source.replace('required form escalation_form', 'required form childs_file'));
    expect(register.diagnostics.map((d) => d.code)).toEqual(['E0106']);
  });

  it('warns (W0409) when no recording duty applies it at that stage, and counts as a use of the form', () => {
    const withoutDuty = compile(source.replace('record escalation_form { at every stage  cite recording }', ''));
    const messages = withoutDuty.diagnostics.map((d) => `${d.code} ${d.message}`);
    expect(messages.filter((m) => /W040[49]/.test(m))).toEqual([
      "W0409 The form 'escalation_form' is required at the stage 'stage3', but no recording duty there uses it.",
    ]);
    // A duty in the stage itself satisfies it.
    const inStage = compile(
      source
        .replace('record escalation_form { at every stage  cite recording }', '')
        .replace('required form escalation_form { cite stage3_form }', 'required form escalation_form { cite stage3_form }\n    record escalation_form { cite recording }'),
    );
    expect(inStage.diagnostics.map((d) => d.code)).not.toContain('W0409');
  });
});

describe('choice and monitoring fields', () => {
  const form = machine.forms.find((f) => f.id === 'escalation_form')!;

  it('keep their options in the source words, and monitoring only where marked', () => {
    expect(form.fields.map((f) => [f.id, f.type, f.options ?? null, f.monitoring ?? false])).toEqual([
      ['reason', 'longtext', null, false],
      ['stage_reached', 'choice', ['Stage 1', 'Stage 2', 'Stage 3', 'Stage 4'], true],
      ['agency', 'choice', ['Health', "Children's social care"], true],
    ]);
  });

  it('print a tick box per option, nothing the source does not list, and say what monitoring data is', () => {
    const html = contents(formsEmitter, 'forms/escalation_form.html');
    const agency = html.slice(html.indexOf('id="field-agency"'));
    const ticks = [...agency.slice(0, agency.indexOf('</div>\n</div>') + 1).matchAll(/<\/span>([^<]+)<\/span>/g)].map((m) => m[1]);
    expect(ticks).toEqual(['Health', 'Children&#x27;s social care']);
    expect(html).toContain('Stage reached<span class="monitoring">Monitoring data</span>');
    expect(html).toContain('Boxes marked <span class="monitoring">Monitoring data</span> are collated by the partnership across cases.');
    expect(html).not.toContain('Other (write in)');
  });

  it('are refused without options (E0120), and options on another type are refused (E0121)', () => {
    const bare = compile(source.replace('options "Health", "Children\'s social care"  ', ''));
    expect(bare.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual(["E0120 The choice field 'agency' lists no options."]);
    const onText = compile(source.replace('{ type choice  options "Health"', '{ type text  options "Health"'));
    expect(onText.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual(["E0121 The field 'agency' lists options but is of type 'text'."]);
  });
});

describe("steps in the site's stage view and the briefing's print ladder (issue 10 item 5)", () => {
  it('lists each step of a stage with its deadline on the site, and the forms required there', async () => {
    const { stageViews } = await import('../../site/src/utils/stage-view.ts');
    const views = stageViews(machine);
    expect(views.find((v) => v.id === 'stage2')!.steps.map((s) => s.text)).toEqual([
      'Step 1: The other agency acknowledges the concern: within 1 working day of this stage starting.',
      'Step 2: The other agency responds in writing: within 4 working days of this stage starting.',
      'Step 3: Both managers meet, by line manager (your agency): within a further 3 working days of “The other agency responds in writing”.',
    ]);
    expect(views.find((v) => v.id === 'stage2')!.steps.every((s) => s.citations.includes('stage2'))).toBe(true);
    expect(views.find((v) => v.id === 'stage3')!.requiredForms).toEqual([{ form: 'escalation_form', title: 'Escalation form', citations: ['stage3_form'] }]);
  });

  it("prints each step and its deadline in the briefing's ladder, under its stage", () => {
    const html = contents(briefingEmitter);
    const ladder = html.slice(html.indexOf('<ol class="ladder">'), html.indexOf('</ol>', html.indexOf('<ol class="ladder">')));
    const stage2 = ladder.slice(ladder.indexOf('Stage 2 – Line managers'), ladder.indexOf('Stage 3 –'));
    expect([...stage2.matchAll(/<span class="ladder-step">([^<]+)<\/span>/g)].map((m) => m[1])).toEqual([
      'Step 1: The other agency acknowledges the concern: within 1 working day of this stage starting',
      'Step 2: The other agency responds in writing: within 4 working days of this stage starting',
      'Step 3: Both managers meet, by line manager (your agency): within a further 3 working days of “The other agency responds in writing”',
    ]);
  });
});
