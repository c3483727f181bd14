// Large protocols compile and emit: no walk in the checker or an emitter recurses once per stage,
// so a chain far longer than any real protocol neither overflows the stack nor ends in an internal
// error (E0901). Outcomes are asserted, never times: speed at scale is measured by
// `npx node bench/compiler-scale.ts`.
import { beforeAll, describe, expect, it } from 'vitest';
import { emitters } from '../../compiler/emitters/index.ts';
import { registry } from '../../compiler/diagnostics/registry.ts';
import { compileSource, createCompilerTools, type Machine } from '../../compiler/index.ts';
import { branchingStages, chainOfStages } from '../fuzz/generate.ts';

const tools = createCompilerTools();

function compiled(source: string) {
  const result = compileSource(source, 'large.protocol', tools);
  expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`)).toEqual([]);
  expect(result.machine).not.toBeNull();
  return result.machine!;
}

describe('a chain of 10,000 stages', () => {
  const count = 10_000;
  const source = chainOfStages(count);
  let machine: Machine;
  // Compiled once for the file (hook time is generous on a busy machine); each emitter is a test.
  beforeAll(() => {
    machine = compiled(source);
  });

  it('compiles every stage, with the cumulative total of the whole chain at its end', () => {
    expect(machine.states).toHaveLength(count);
    // Each deadline is 2 working days after the one before: the walk reached the start from the end.
    expect(machine.states[0]!.cumulative).toEqual({ amount: 2, unit: 'working_days' });
    expect(machine.states[count - 1]!.cumulative).toEqual({ amount: 2 * count, unit: 'working_days' });
  });

  it.each(emitters.map((e) => [e.id, e] as const))('goes through the %s emitter', (_id, emitter) => {
    const out = emitter.emit(machine, { source, file: 'large.protocol' });
    expect(out.files.length).toBeGreaterThan(0);
    expect(out.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

/**
 * The chain with its stages written last to first: each deadline counts from a stage declared after
 * it. The language rejects that order, but the totals are worked out before the rules run, and each
 * total needs the one declared after it: a walk that recursed would go 10,000 calls deep.
 */
function chainWrittenBackwards(count: number): string {
  const [head, ...stages] = chainOfStages(count).split(/(?=  stage s\d+ ")/);
  const last = stages.pop()!;
  const tail = last.indexOf('  outcome ');
  return head + [...stages, last.slice(0, tail)].reverse().join('') + last.slice(tail);
}

describe('a chain of 10,000 stages written last to first', () => {
  it('is rejected for its order (E0303), never with an internal error', () => {
    const codes = new Set(compileSource(chainWrittenBackwards(10_000), 'chain.protocol', tools).diagnostics.map((d) => d.code));
    expect(codes.has(registry.anchor_not_earlier.code)).toBe(true);
    expect(codes.has(registry.internal_error.code)).toBe(false);
  });
});

describe('5,000 branching stages', () => {
  it('compiles, every stage reached from the one that branches to it', () => {
    const machine = compiled(branchingStages(5_000));
    expect(machine.states).toHaveLength(5_000);
    expect(machine.transitions.filter((t) => t.targetKind === 'state')).toHaveLength(4_999);
  });
});

describe('a loop through 10,000 stages', () => {
  it('is reported once, as a route loop, without an internal error', () => {
    // The last stage leads back to the first: one cycle through every stage.
    const source = chainOfStages(10_000).replace('on unresolved -> ended', 'on unresolved -> s0');
    const codes = compileSource(source, 'loop.protocol', tools).diagnostics.map((d) => d.code);
    expect(codes).not.toContain('E0901');
    expect(codes.filter((c) => c === registry.route_loop.code)).toHaveLength(1);
  });
});
