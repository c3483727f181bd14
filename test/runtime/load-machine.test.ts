// loadMachine: a machine.json is checked (format, version, schema, references) before anything runs,
// and everything wrong is reported at once, each problem naming its field. simulate and
// createProtocolMachine refuse a bad machine the same way.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Machine } from '../../compiler/ir/types.ts';
import { InvalidMachineError, createProtocolMachine, loadMachine, machineProblems, simulate } from '../../runtime/index.ts';
import { compileGuarded, compileSeeds, SEED_IDS, type SeedId } from '../engine/fixtures.ts';

let seeds: Record<SeedId, Machine>;
beforeAll(() => {
  seeds = compileSeeds();
});

const broken = (change: (m: Record<string, any>) => void): unknown => {
  const copy = structuredClone(seeds.sefton) as Record<string, any>;
  change(copy);
  return copy;
};

function problemsOf(value: unknown): string[] {
  try {
    loadMachine(value);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidMachineError);
    return [...(error as InvalidMachineError).problems];
  }
  throw new Error('loadMachine accepted it');
}

describe('loadMachine', () => {
  it('accepts every seed and the guarded sample, as objects and as JSON text', () => {
    for (const id of SEED_IDS) {
      expect(machineProblems(seeds[id])).toEqual([]);
      expect(loadMachine(JSON.stringify(seeds[id])).id).toBe(seeds[id].id);
    }
    expect(machineProblems(compileGuarded())).toEqual([]);
  });

  it.each<[string, unknown, RegExp]>([
    ['text that is not JSON', '{"format": ', /^\/: not valid JSON/],
    ['an array', [], /^\/: expected a JSON object .*got an array/],
    ['xstate.json by mistake', { id: 'sefton', initial: 'step1', states: {} }, /^\/format: expected "stepladder\.machine".*not xstate\.json/],
  ])('says what is wrong with %s', (_, value, message) => {
    expect(problemsOf(value)[0]).toMatch(message);
  });

  it('names an unsupported format version and the fix', () => {
    const [problem] = problemsOf(broken((m) => (m.formatVersion = 2)));
    expect(problem).toMatch(/^\/formatVersion: format version 2 is not supported; this runtime reads 1\. Install the @stepladder\/runtime release/);
  });

  it('lists every schema problem with its field, not just the first', () => {
    const problems = problemsOf(
      broken((m) => {
        m.states[0].deadlnie = m.states[0].deadline;
        delete m.states[0].deadline;
        m.roles[0].title = '';
      }),
    );
    expect(problems.join('\n')).toContain('/states/0/deadlnie');
    expect(problems.join('\n')).toContain('/states/0/deadline');
    expect(problems.join('\n')).toContain('/roles/0/title');
  });

  it('finds dangling references: the start, route targets, roles, forms, conditions', () => {
    const problems = problemsOf(
      broken((m) => {
        m.initial = 'stepp1';
        m.transitions[0].target = 'nowhere';
        m.states[0].meetings[0].role = 'lne_manager';
        m.states[1].records.push({ ...m.recording[0], record: 'missing_form' });
        m.transitions[1].condition = 'no_such_condition';
      }),
    ).join('\n');
    expect(problems).toContain("/initial: there is no stage 'stepp1'");
    expect(problems).toMatch(/\/transitions\/0\/target: there is no \w+ 'nowhere'/);
    expect(problems).toContain("/states/0/meetings/0/role: there is no role 'lne_manager'");
    expect(problems).toMatch(/\/states\/1\/records\/\d+\/record: there is no form or register 'missing_form'/);
    expect(problems).toContain("/transitions/1/condition: there is no condition 'no_such_condition'");
  });

  it('puts every problem in the error message, with the count', () => {
    const machine = broken((m) => {
      m.initial = 'x';
      m.transitions[0].target = 'y';
    });
    expect(() => loadMachine(machine)).toThrow(/\(2 problems\):\n {2}\/initial: .*\n {2}\/transitions\/0\/target/);
  });

  it('stops simulate and createProtocolMachine before anything runs', () => {
    const machine = broken((m) => (m.initial = 'stepp1')) as Machine;
    expect(() => simulate(machine, { start: new Date('2026-12-01T10:00:00Z') })).toThrow(InvalidMachineError);
    expect(() => createProtocolMachine(machine)).toThrow(InvalidMachineError);
    // Not a TypeError from deep inside: the message names the field.
    expect(() => createProtocolMachine({ ...seeds.sefton, states: undefined } as unknown as Machine)).toThrow(/\/states: /);
  });
});
