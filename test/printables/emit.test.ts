// Golden outputs: the briefing and forms of every seed protocol (and of the hostile fixture), one
// sample folder each, with the emitters' diagnostics. Run `npm run test:update` to rewrite them
// after an intended change, and review the diff.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostileMachine, hostileMachineWithoutForms } from './fixtures/hostile.ts';
import { SAMPLES_DIR, emitPrintables, seeds } from './helpers.ts';

const all = seeds();
const sefton = all.find((s) => s.name === 'sefton')!.machine;
const cases = [
  ...all.map((s) => ({ name: s.name, file: s.file, machine: s.machine })),
  { name: 'hostile', file: 'hostile.protocol', machine: hostileMachine(sefton) },
  { name: 'hostile-no-forms', file: 'hostile.protocol', machine: hostileMachineWithoutForms(sefton) },
];

describe.each(cases)('printables of $name', ({ name, file, machine }) => {
  const { briefing, forms } = emitPrintables(machine, file);

  it('match the golden files', async () => {
    for (const f of [...briefing.files, ...forms.files]) {
      await expect(f.contents).toMatchFileSnapshot(join(SAMPLES_DIR, name, f.path));
    }
    const diagnostics = [...briefing.diagnostics, ...forms.diagnostics].map((d) => `${d.code} ${d.name}: ${d.message}`);
    await expect(`${JSON.stringify(diagnostics, null, 2)}\n`).toMatchFileSnapshot(join(SAMPLES_DIR, name, 'diagnostics.json'));
  });

  it('are the same bytes every time', () => {
    const again = emitPrintables(structuredClone(machine), file);
    expect(again.briefing.files).toEqual(briefing.files);
    expect(again.forms.files).toEqual(forms.files);
  });

  it('write a briefing and at least one form, all HTML', () => {
    expect(briefing.files.map((f) => f.path)).toEqual(['briefing.html']);
    expect(forms.files.length).toBeGreaterThan(0);
    for (const f of [...briefing.files, ...forms.files]) expect(String(f.contents)).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
  });
});
