// Golden machine.json for every protocol, schema validation, and determinism.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compileSource, createCompilerTools } from '../../compiler/index.ts';
import { createMachineValidator } from '../../compiler/ir/validate.ts';
import { stableStringify } from '../../compiler/stable-json.ts';
import { jsonEmitter } from '../../compiler/emitters/json/json-emitter.ts';
import { compileProtocol, protocolFiles } from '../helpers/protocols.ts';

const tools = createCompilerTools();
const validate = createMachineValidator();

describe.each(protocolFiles())('$name', (protocol) => {
  it('compiles to the golden machine.json', async () => {
    const machine = compileProtocol(protocol, tools);
    const [file] = jsonEmitter.emit(machine, {}).files;
    await expect(file!.contents).toMatchFileSnapshot(join(import.meta.dirname, 'samples', protocol.name, 'machine.json'));
  });

  it('validates against the published schema', () => {
    expect(validate(compileProtocol(protocol, tools))).toEqual([]);
  });

  it('compiles to the same bytes every time', () => {
    const first = stableStringify(compileProtocol(protocol, tools));
    const second = stableStringify(compileProtocol(protocol, createCompilerTools()));
    expect(second).toBe(first);
  });
});

describe('schema', () => {
  it('rejects a machine that breaks the contract', () => {
    const machine = compileProtocol(protocolFiles()[0]!, tools) as unknown as Record<string, unknown>;
    const broken = { ...machine, states: [{ id: 'x' }], extra: true };
    const problems = validate(broken);
    expect(problems.join('\n')).toMatch(/additional properties/);
    expect(problems.join('\n')).toMatch(/states\/0 must have required property/);
    // Every problem, not only the first: the message comes from the published schema with all errors.
    expect(problems.length).toBeGreaterThan(2);
  });
});

describe('seed facts', () => {
  const byName = Object.fromEntries(protocolFiles().map((p) => [p.name, compileProtocol(p, tools)]));

  it("reproduces Sefton's stated totals of 2, 4, 6 and 11 working days", () => {
    const totals = byName.sefton!.states.map((s) => s.cumulative);
    expect(totals).toEqual([2, 4, 6, 11].map((amount) => ({ amount, unit: 'working_days' })));
  });

  it("keeps Cumberland's conditional Stage Three deadline, child protection first", () => {
    const stage3 = byName.cumberland!.states.find((s) => s.id === 'stage3')!;
    expect(stage3.deadline.map((d) => [d.condition, d.amount, d.unit])).toEqual([
      ['child_protection', 24, 'hours'],
      [null, 7, 'working_days'],
    ]);
  });

  it("routes Lincolnshire's Step 3 to urgent and non-urgent Step 4 branches", () => {
    const routes = byName.lincolnshire!.transitions.filter((t) => t.source === 'step3').map((t) => `${t.event}->${t.target}`);
    expect(routes).toEqual(['resolved->resolved', 'urgent->step4_urgent', 'non_urgent->step4_learning']);
  });

  it('records the Warwickshire monitoring form at every stage from Stage One on', () => {
    const withForm = byName.warwickshire!.states.filter((s) => s.records.some((r) => r.record === 'monitoring_form')).map((s) => s.id);
    expect(withForm).toEqual(['stage_one', 'stage_two', 'stage_three']);
  });

  it('lets the generic LSCB procedure start at any stage when a child is at imminent risk', () => {
    expect(byName['generic-lscb']!.discretionaryStarts).toMatchObject([{ condition: 'imminent_risk', any: true, after: ['line_manager'] }]);
  });
});

describe('descriptions', () => {
  it('are kept for agencies, conditions, channels and registers, as for roles and bodies', () => {
    const source = [
      'protocol sample {',
      '  title "Sample"  partnership "Sample Partnership"  nation england  version "1"  effective 2025-01-01',
      '  acknowledge no_urgent_route "The sample has no urgent route."',
      '  source { passage p "The published text." }',
      '  agency health "Health" { description "NHS trusts and GP practices" }',
      '  condition cp "the issue relates to child protection" { description "A section 47 enquiry is open." cite p }',
      '  channel phone "Telephone" { description "The duty desk first." cite p }',
      '  role worker "Worker"',
      '  register file "The case file" { description "Kept by each agency." cite p }',
      '  record file { at every stage }',
      '  stage one "One" { meets worker with counterpart deadline within 2 working days { cite p } on resolved -> done cite p }',
      '  outcome done "Done" { kind resolved }',
      '}',
    ].join('\n');
    const { machine, diagnostics } = compileSource(source, 'sample.protocol', tools);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(machine?.agencies).toEqual([{ id: 'health', title: 'Health', description: 'NHS trusts and GP practices' }]);
    expect(machine?.conditions[0]?.description).toBe('A section 47 enquiry is open.');
    expect(machine?.channels[0]?.description).toBe('The duty desk first.');
    expect(machine?.registers[0]?.description).toBe('Kept by each agency.');
  });
});
