// Issue 10 item 6: a published wording that leaves the unit open ("5 days", "a week") next to a
// timescale counted in working days is a W0302 warning, so the author's reading is acknowledged,
// never silent; "a working week" is working days; and the seeds acknowledge their own such wordings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSource, createCompilerTools } from '../../compiler/index.ts';
import { unitsMentioned } from '../../compiler/phases/2-analyze/rules/ambiguous-unit.ts';

const SAMPLE = readFileSync(join(import.meta.dirname, '..', 'diagnostics', 'samples', 'ambiguous_unit', 'input.protocol'), 'utf8');
const tools = createCompilerTools();

/** The sample with its one deadline replaced, and the W0302 messages it then gives. */
function warningsFor(deadline: string): string[] {
  const source = SAMPLE.replace(/deadline within 2 working days \{[^}]*\}/, deadline);
  expect(source).toContain(deadline);
  return compileSource(source, 'sample.protocol', tools).diagnostics.map((d) => `${d.code} ${d.message}`);
}

describe('units the source leaves open', () => {
  it('finds days without "working" and weeks, but not working days or a working week', () => {
    expect(unitsMentioned('within 5 days')).toEqual(['open_days']);
    expect(unitsMentioned('within a week')).toEqual(['weeks']);
    expect(unitsMentioned('within 5 working days')).toEqual(['working_days']);
    expect(unitsMentioned('within a working week')).toEqual(['working_days']);
    expect(unitsMentioned('within a further 2 working days (4 days total)')).toEqual(['working_days', 'open_days']);
  });

  it('warns when days or a week are left open next to a working-day timescale', () => {
    expect(warningsFor('deadline within 5 working days { wording "within 5 days" cite p }')).toEqual([
      "W0302 The published wording 'within 5 days' gives days without saying working days; the timescale counts working days.",
    ]);
    expect(warningsFor('deadline within 5 working days { wording "within a week" cite p }')).toEqual([
      "W0302 The published wording 'within a week' gives weeks; the timescale counts working days.",
    ]);
  });

  it('warns the other way round: working days in the wording of a calendar-day timescale', () => {
    expect(warningsFor('deadline within 7 calendar days { wording "within 5 working days" cite p }')).toEqual([
      "W0302 The published wording 'within 5 working days' gives working days; the timescale counts calendar days.",
    ]);
  });

  it('reads "a working week" as working days, and open days next to calendar days as agreeing', () => {
    expect(warningsFor('deadline within 5 working days { wording "within a working week" cite p }')).toEqual([]);
    expect(warningsFor('deadline within 7 calendar days { wording "within 7 days" cite p }')).toEqual([]);
  });

  it('is silenced by an acknowledgement that gives the reading', () => {
    expect(
      warningsFor('deadline within 5 working days { wording "within 5 days" acknowledge ambiguous_unit "The source counts working days elsewhere." cite p }'),
    ).toEqual([]);
  });

  it('leaves the seeds with no warnings: Sefton acknowledges its three "(N days total)" wordings', () => {
    const sefton = readFileSync(join(import.meta.dirname, '..', '..', 'protocols', 'sefton.protocol'), 'utf8');
    const result = compileSource(sefton, 'protocols/sefton.protocol', tools);
    expect(result.diagnostics.filter((d) => d.code === 'W0302')).toEqual([]);
    expect(result.machine!.acknowledgements.filter((a) => a.code === 'W0302').map((a) => a.target)).toEqual(['step2', 'step3', 'step4']);
  });
});
