// The text timeline: protocol texts cannot drive the terminal, and the parts a person needs
// (weekday, London time, missed deadlines, records) are there.
import { describe, expect, it } from 'vitest';
import type { Machine } from '../../compiler/ir/types.ts';
import { formatSimulationText, parseDateTime, simulate } from '../../runtime/index.ts';
import { compileSeeds } from './fixtures.ts';

const seeds = compileSeeds();

describe('formatSimulationText', () => {
  it('strips control characters and line breaks from protocol texts', () => {
    const hostile: Machine = structuredClone(seeds.sefton);
    hostile.states[0]!.title = 'Step 1\u001b[31m red\nsecond line\u0007';
    hostile.roles[0]!.title = 'Professional\u001b]0;owned\u0007';
    const text = formatSimulationText(simulate(hostile, { start: parseDateTime('2026-01-05T10:00') }));
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('1. Step 1 [31m red second line [step1]');
  });

  it('marks a missed deadline and lists it at the end', () => {
    const sim = simulate(seeds.sefton, {
      start: parseDateTime('2026-01-05T10:00'),
      events: [{ state: 'step1', event: 'unresolved', at: parseDateTime('2026-01-08T09:00') }],
    });
    const text = formatSimulationText(sim);
    expect(text).toContain('Due       Wed 7 Jan 2026 17:00  MISSED (2 working days from the start of the escalation)');
    expect(text).toContain('Deadlines missed: step1 (due Wed 7 Jan 2026 17:00, ended Thu 8 Jan 2026 09:00).');
  });

  it('explains a stage whose deadline cases all need a condition', () => {
    const conditional: Machine = structuredClone(seeds.cumberland);
    const stage3 = conditional.states.find((s) => s.id === 'stage3')!;
    stage3.deadline = stage3.deadline.filter((d) => d.condition !== null);
    const text = formatSimulationText(simulate(conditional, { start: parseDateTime('2026-01-05T10:00') }));
    expect(text).toContain('Due       no deadline applies: each case needs a condition (child_protection)');
  });
});
