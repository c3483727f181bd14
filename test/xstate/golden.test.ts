// xstate.json for each protocol, golden: reviewed in the diff when the export changes, and the
// proof that the same protocol gives the same bytes. Update with UPDATE_SNAPSHOTS=true / -u.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { xstateEmitter } from '../../compiler/emitters/xstate/xstate-emitter.ts';
import { compileGuarded, compileSeeds } from '../engine/fixtures.ts';

const machines = { ...compileSeeds(), guarded: compileGuarded() };

describe('xstate.json', () => {
  it.each(Object.entries(machines))('%s', async (id, machine) => {
    const { files, diagnostics } = xstateEmitter.emit(machine, {});
    expect(diagnostics).toEqual([]);
    expect(files.map((f) => f.path)).toEqual(['xstate.json']);
    expect(xstateEmitter.emit(structuredClone(machine), {}).files[0]!.contents).toBe(files[0]!.contents);
    await expect(files[0]!.contents).toMatchFileSnapshot(join(import.meta.dirname, 'samples', id, 'xstate.json'));
  });
});
