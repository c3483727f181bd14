// The simulator's logic against the real seed protocols: walking each route step by step gives the
// CLI's due dates, the choices offered are the protocol's routes, bad steps are refused with the
// engine's reasons, and a case from a link is settled to the nearest one the protocol accepts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Machine } from '../../compiler/ir/types.ts';
import { formatLondonShort } from '../../runtime/engine/date-time.ts';
import { SimulationError } from '../../runtime/engine/errors.ts';
import { caseView, currentDeadline, settleScenario, type CaseView } from '../../site/src/simulator/case-view.ts';
import { pathTree } from '../../site/src/simulator/path-tree.ts';
import { withStep, type Scenario } from '../../site/src/simulator/scenario.ts';
import { compileProtocol, protocolFiles, ROOT } from '../helpers/protocols.ts';
import { ROUTES, START, START_TEXT } from './routes.ts';

const machines = new Map<string, Machine>();
beforeAll(() => {
  for (const file of protocolFiles()) machines.set(file.name, compileProtocol(file));
});
const machine = (id: string): Machine => machines.get(id)!;

const scenario = (extra: Partial<Scenario> = {}): Scenario => ({ start: START, nation: null, conditions: [], startAt: null, steps: [], ...extra });
const leafOf = (view: CaseView): string | undefined => view.current[view.current.length - 1]?.state.id;
const dueOf = (view: CaseView): string | null => {
  const d = currentDeadline(view)?.deadline;
  return d ? formatLondonShort(d.due) : null;
};

/** Takes the button for `event`, as a person would. */
function press(m: Machine, view: CaseView, event: string, at: string | null = null): CaseView {
  const choice = view.choices.find((c) => c.event === event);
  if (!choice) throw new Error(`no '${event}' at ${leafOf(view)}: ${view.choices.map((c) => c.event).join(', ')}`);
  return caseView(m, withStep(view.scenario, { state: choice.state, event: choice.event, at }));
}

describe('walking the seeds', () => {
  it.each(ROUTES.map((r) => [r.name, r] as const))('%s', (_name, route) => {
    const m = machine(route.protocol);
    let view = caseView(m, scenario({ conditions: route.conditions }));
    expect(formatLondonShort(view.simulation.start)).toBe(START_TEXT);
    for (const stage of route.stages) {
      expect(leafOf(view)).toBe(stage.state);
      expect(dueOf(view)).toBe(stage.due);
      expect(view.end).toBeNull();
      view = press(m, view, stage.event);
    }
    expect(view.current).toEqual([]);
    expect(view.choices).toEqual([]);
    expect(view.end?.title).toBe(route.end.title);
    expect(formatLondonShort(view.end!.at)).toBe(route.end.at);
    expect(view.missed).toEqual([]);
    expect(view.worstCase).toBeNull();
  });

  it('offers the routes of the active stage, with the protocol’s labels and targets', () => {
    const view = caseView(machine('lincolnshire'), scenario({ steps: [{ state: 'step1', event: 'unresolved', at: null }, { state: 'step2', event: 'unresolved', at: null }] }));
    expect(view.choices.map((c) => [c.label, c.targetKind, c.target])).toEqual([
      ['Resolved', 'outcome', 'resolved'],
      ['Urgent', 'state', 'step4_urgent'],
      ['Not urgent', 'state', 'step4_learning'],
    ]);
  });

  it('offers "at any stage" routes, and a condition event makes its condition hold', () => {
    const m = machine('warwickshire');
    let view = caseView(m, scenario());
    const policy = view.choices.find((c) => c.event === 'policy_issues');
    expect(policy).toMatchObject({ state: 'preventing', target: 'stage_three', label: 'the discussions raise significant policy issues' });
    view = press(m, view, 'policy_issues', '2026-12-21T10:00');
    expect(leafOf(view)).toBe('stage_three');
    // Not offered inside its own target.
    expect(view.choices.map((c) => c.event)).toEqual(['resolved']);
    expect(view.simulation.conditions.policy_issues).toBe(false);
  });

  it('keeps a stage and its levels apart: the stage is active around the level', () => {
    const m = machine('cumberland');
    const view = press(m, caseView(m, scenario()), 'unresolved');
    expect(view.current.map((s) => s.state.id)).toEqual(['stage1', 'level2']);
    expect(view.path.map((s) => s.state.id)).toEqual(['stage1', 'level1', 'level2']);
    const tree = pathTree(view.path);
    expect(tree.map((n) => [n.step.state.id, n.children.map((c) => c.step.state.id)])).toEqual([['stage1', ['level1', 'level2']]]);
    expect(view.worstCase?.title).toBe('Final decision by an impartial CSCP member');
  });

  it('starts at a discretionary stage only when its condition holds', () => {
    const m = machine('generic-lscb');
    const view = caseView(m, scenario({ conditions: ['imminent_risk'], startAt: 'resolution_panel' }));
    expect(leafOf(view)).toBe('resolution_panel');
    expect(() => caseView(m, scenario({ startAt: 'resolution_panel' }))).toThrow(SimulationError);
    const settled = settleScenario(m, scenario({ startAt: 'resolution_panel' }), START);
    expect(leafOf(settled.view)).toBe('lowest_level');
    expect(settled.problems).toHaveLength(1);
  });

  it('uses the chosen nation: Scotland also has 2 January (a Saturday, so Monday 4th)', () => {
    const m = machine('sefton');
    const view = caseView(m, scenario({ start: '2026-12-31T10:00', nation: 'scotland' }));
    expect(dueOf(view)).toBe('Wed 6 Jan 2027 17:00');
    expect(currentDeadline(view)!.deadline!.rule).toContain('Monday 4 January 2027');
    expect(dueOf(caseView(m, scenario({ start: '2026-12-31T10:00' })))).toBe('Tue 5 Jan 2027 17:00');
  });
});

describe('times given for steps', () => {
  it('marks a deadline missed when the step came after it', () => {
    const m = machine('sefton');
    const view = press(m, caseView(m, scenario()), 'unresolved', '2026-12-23T09:00');
    expect(view.missed.map((s) => s.state.id)).toEqual(['step1']);
    expect(formatLondonShort(view.since)).toBe('Wed 23 Dec 2026 09:00');
    // "A further 2 working days" after Step 1 actually ended, over Christmas.
    expect(dueOf(view)).toBe('Tue 29 Dec 2026 17:00');
  });

  it('refuses a time before the stage began, naming the reason', () => {
    const m = machine('sefton');
    const view = caseView(m, scenario());
    expect(() => press(m, view, 'unresolved', '2026-12-18T09:00')).toThrow(expect.objectContaining({ code: 'out_of_order' }));
    expect(() => press(m, view, 'unresolved', '2031-01-01T09:00')).toThrow(expect.objectContaining({ code: 'out_of_range' }));
  });

  it.each(['generic-lscb-imminent-risk', 'lincolnshire-clock-change', 'sefton-christmas'])('gives the CLI sample %s the same due dates', (sample) => {
    const dir = join(ROOT, 'test', 'simulate', 'samples', sample);
    const args = JSON.parse(readFileSync(join(dir, 'args.json'), 'utf8')) as string[];
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
    const values = (flag: string) => args.flatMap((a, i) => (args[i - 1] === flag ? [a] : []));
    const steps = values('--event').map((spec) => {
      const [, state = '', event = '', at = null] = /^([^=]+)=([^@]+)(?:@(.+))?$/.exec(spec)!;
      return { state, event, at };
    });
    const m = machine(expected.protocol.id);
    const view = caseView(m, scenario({ start: values('--start')[0]!, conditions: values('--condition'), startAt: values('--start-at')[0] ?? null, steps }));
    const ours = view.simulation.steps.map((s) => [s.state.id, s.deadline ? formatLondonShort(s.deadline.due) : null]);
    const cli = expected.steps.map((s: { state: string; deadline: { due: { london: string } } | null }) => [s.state, s.deadline?.due.london ?? null]);
    expect(ours).toEqual(cli);
    expect(view.path.length).toBeGreaterThan(0);
  });
});

describe('settling a case from a link', () => {
  it('drops steps from the first one the protocol refuses, and says so', () => {
    const m = machine('sefton');
    const settled = settleScenario(m, scenario({
      steps: [
        { state: 'step1', event: 'unresolved', at: null },
        { state: 'step9', event: 'unresolved', at: null },
        { state: 'step2', event: 'unresolved', at: null },
      ],
    }), START);
    expect(settled.view.scenario.steps).toHaveLength(1);
    expect(leafOf(settled.view)).toBe('step2');
    expect(settled.problems.join(' ')).toMatch(/step 2/);
  });

  it('drops unknown conditions and an unreadable start', () => {
    const m = machine('cumberland');
    const settled = settleScenario(m, scenario({ start: '2026-02-30T10:00', conditions: ['child_protection', 'made_up'] }), '2026-03-02T09:00');
    expect(settled.view.scenario.conditions).toEqual(['child_protection']);
    expect(settled.view.scenario.start).toBe('2026-03-02T09:00');
    expect(settled.problems).toHaveLength(2);
  });

  it('accepts a valid case unchanged', () => {
    const m = machine('lincolnshire');
    const s = scenario({ nation: 'wales', steps: [{ state: 'step1', event: 'unresolved', at: '2026-12-21T12:00' }] });
    const settled = settleScenario(m, s, START);
    expect(settled.problems).toEqual([]);
    expect(settled.view.scenario).toEqual(s);
  });
});
