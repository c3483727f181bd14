// `stepladder compare`: the five seeds side by side (golden text, HTML and JSON for one start date),
// how differences are marked, and the command's refusals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareProtocols, DEFAULT_COMPARE_START, renderCompareHtml, renderCompareText } from '../../compiler/compare/index.ts';
import { stableStringify } from '../../compiler/stable-json.ts';
import { parseDateTime } from '../../runtime/index.ts';
import { compileSeeds } from '../engine/fixtures.ts';
import { runCli } from '../helpers/protocols.ts';

const GOLDEN = join(import.meta.dirname, 'golden');
const seeds = Object.values(compileSeeds());
const table = compareProtocols(seeds, parseDateTime(DEFAULT_COMPARE_START), DEFAULT_COMPARE_START);

describe('the five seeds side by side', () => {
  it('reads as the golden text, HTML and JSON', async () => {
    await expect(renderCompareText(table)).toMatchFileSnapshot(join(GOLDEN, 'seeds.txt'));
    await expect(renderCompareHtml(table)).toMatchFileSnapshot(join(GOLDEN, 'seeds.html'));
    await expect(stableStringify(table)).toMatchFileSnapshot(join(GOLDEN, 'seeds.json'));
  });

  it('has a cell per protocol in every row, and marks the cells that differ from what most say', () => {
    for (const row of table.rows) {
      expect(row.cells).toHaveLength(seeds.length);
      const values = row.cells.map((c) => c.join('\n'));
      const most = Math.max(...values.map((v) => values.filter((w) => w === v).length));
      expect(row.agreement, row.id).toBe(most === values.length ? 'all-alike' : most > values.length / 2 ? 'some-differ' : 'all-differ');
      row.differs.forEach((marked, i) => expect(marked, row.id).toBe(row.agreement === 'some-differ' && values.filter((w) => w === values[i]).length !== most));
    }
    // Three of the five seeds have no form: the two that do are marked.
    const forms = table.rows.find((r) => r.id === 'forms')!;
    expect(table.protocols.filter((_, i) => forms.differs[i]).map((p) => p.id)).toEqual(['sefton', 'warwickshire']);
  });

  it('counts Sefton from the shared start: Step 4 due 11 working days later, and its decision binding as the leaflet says', () => {
    const sefton = table.protocols.findIndex((p) => p.id === 'sefton');
    const cell = (id: string) => table.rows.find((r) => r.id === id)!.cells[sefton]!.join('\n');
    expect(cell('timings')).toContain('Tue 16 Feb 2027 17:00 (11 working days from the start)');
    expect(cell('decision')).toContain('binding, as the protocol says');
    expect(cell('urgent')).toBe('Not stated in this protocol');
  });

  it('marks nothing when every protocol says the same', () => {
    const same = compareProtocols([seeds[0]!, structuredClone(seeds[0]!)], parseDateTime(DEFAULT_COMPARE_START), DEFAULT_COMPARE_START);
    expect(same.rows.flatMap((r) => r.differs)).not.toContain(true);
  });

  it('escapes protocol text in the HTML page and prints on A4 landscape', () => {
    const hostile = structuredClone(seeds[0]!);
    hostile.meta.partnership.name = '<script>alert(1)</script>';
    const page = renderCompareHtml(compareProtocols([hostile, seeds[1]!], parseDateTime(DEFAULT_COMPARE_START), DEFAULT_COMPARE_START));
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;script&gt;');
    expect(page).toContain('size: A4 landscape');
  });
});

describe('stepladder compare', () => {
  it('compares the protocols folder by default, as text', async () => {
    const { code, stdout } = await runCli(['compare']);
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(join(GOLDEN, 'seeds.txt'), 'utf8'));
  });

  it('writes HTML and JSON, and takes another start', async () => {
    const html = await runCli(['compare', 'protocols/sefton.protocol', 'protocols/lincolnshire.protocol', '--format', 'html']);
    expect(html.stdout).toMatch(/^<!doctype html>/);
    const json = await runCli(['compare', 'protocols/sefton.protocol', 'protocols/lincolnshire.protocol', '--format', 'json', '--start', '2026-12-18T16:30']);
    expect(JSON.parse(json.stdout).start).toBe('2026-12-18T16:30');
    expect(json.stdout).toContain('Thu 7 Jan 2027 17:00 (11 working days from the start)');
  });

  it('refuses versions of one protocol, a single protocol, and a bad start', async () => {
    const fixture = 'test/diff/samples/sefton-earlier-version';
    const versions = await runCli(['compare', `${fixture}/before.protocol`, `${fixture}/after.protocol`]);
    expect(versions.code).toBe(2);
    expect(versions.stderr).toContain("versions of 'sefton'");
    expect((await runCli(['compare', 'protocols/sefton.protocol'])).stderr).toContain('at least two protocols');
    expect((await runCli(['compare', '--start', 'tomorrow'])).code).toBe(2);
  });
});
