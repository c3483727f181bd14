// Properties of the semantic diff over generated renames of the seeds: renaming stages (declared
// or not) is found as renames and nothing else, the reverse diff mirrors it, and a version compared
// with itself has an empty amendment log.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amendmentLog, diffMachines, type Rename } from '../../compiler/diff/index.ts';
import { alignWith } from '../../compiler/diff/match.ts';
import type { Machine } from '../../compiler/ir/types.ts';
import { compileSeeds } from '../engine/fixtures.ts';

const seeds = Object.values(compileSeeds());

/** The seed with some stages under new ids (and every reference following), optionally declared. */
function renamed(machine: Machine, picks: boolean[], declare: boolean): { machine: Machine; renames: Rename[] } {
  const renames = machine.states
    .filter((_, i) => picks[i % picks.length])
    .map((s): Rename => ({ section: 'states', before: s.id, after: `${s.id}_renamed`, how: declare ? 'declared' : 'similar' }));
  const after = alignWith(machine, renames);
  if (declare) for (const r of renames) Object.assign(after.states.find((s) => s.id === r.after)!, { renamedFrom: r.before });
  return { machine: after, renames };
}

describe('renaming stages', () => {
  it('is found as renames, declared or probably, and as nothing else', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }), fc.boolean(), (seed, picks, declare) => {
        const { machine, renames } = renamed(seed, picks, declare);
        const diff = diffMachines(seed, machine);
        expect(diff.changes.map((c) => [c.section, c.property, c.before, c.after, c.renamed])).toEqual(renames.map((r) => ['states', 'id', r.before, r.after, r.how]));
        // Readers never see ids: nothing changed for them.
        expect(amendmentLog(diff, seed, machine).sections).toEqual([]);
        const back = diffMachines(machine, seed);
        expect(back.changes.map((c) => [c.before, c.after])).toEqual(renames.map((r) => [r.after, r.before]));
      }),
      { numRuns: 60, seed: 14 },
    );
  });
});

describe('a version compared with itself', () => {
  it.each(seeds.map((s) => [s.id, s] as const))('%s has an empty amendment log', (_id, seed) => {
    const copy = structuredClone(seed);
    expect(amendmentLog(diffMachines(seed, copy), seed, copy).sections).toEqual([]);
  });
});
