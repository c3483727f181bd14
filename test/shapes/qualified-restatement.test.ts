// A qualified timescale on the site ("within 10 working days, or sooner where …"): our plain
// restatement gives the bound the number sets ("at the latest" / "at the earliest") and follows the
// wording without a second bracketed aside, so it never reads as a fixed date the source does not set.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSource, createCompilerTools } from '../../compiler/index.ts';
import { plainAside, stageViews } from '../../site/src/utils/stage-view.ts';
import { timescaleRows } from '../../site/src/utils/timescales.ts';

const source = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'shapes.protocol'), 'utf8');
const machine = compileSource(source, 'shapes.protocol', createCompilerTools()).machine!;
const timingOf = (stage: string) => stageViews(machine).find((v) => v.id === stage)!.deadlines[0]!;

describe('the plain restatement of a qualified timescale', () => {
  it('says "at the latest" for "or sooner" and "at the earliest" for "whichever is later"', () => {
    const sooner = timingOf('stage3');
    expect(sooner.wording).toMatch(/or sooner where the child's plan requires it \(whichever comes first\)$/);
    expect(sooner.plain).toBe('10 working days from the start of this stage at the latest');
    const later = timingOf('stage4');
    expect(later.wording).toMatch(/if that is later$/);
    expect(later.plain).toMatch(/ at the earliest$/);
  });

  it('follows a wording that ends in brackets with "; that is", any other with "(that is, …)"', () => {
    const sooner = timingOf('stage3');
    expect(sooner.wording + plainAside(sooner.wording, sooner.plain!)).toBe(
      "Within 10 working days of this stage starting, or sooner where the child's plan requires it (whichever comes first); that is, 10 working days from the start of this stage at the latest",
    );
    expect(plainAside('Within 2 working days', '2 working days after Stage 1')).toBe(' (that is, 2 working days after Stage 1)');
  });

  it('gives the timescales table the same restatement', () => {
    const row = timescaleRows(machine).find((r) => r.wording.includes('or sooner'))!;
    expect(row.plain).toBe('10 working days from the start of this stage at the latest');
  });
});
