// Issue 17, defect 1, on the site: a protocol built without pictures (here --no-render; the same holds
// without Chromium or when rendering fails) is published with the flowchart as text and a notice in
// the picture's place, and its briefing and forms as printable HTML with a notice, never a picture
// or PDF of an earlier build.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureSite, type FixtureSite, SEEDS_DIR } from './fixture-site.ts';

let site: FixtureSite;
let page: string;

beforeAll(async () => {
  const files = readdirSync(SEEDS_DIR).filter((f) => f.startsWith('sefton.')).map((f) => join(SEEDS_DIR, f));
  site = await buildFixtureSite(files, { render: false });
  page = readFileSync(join(site.outDir, 'protocols', 'sefton', 'index.html'), 'utf8');
}, 300_000);

afterAll(() => {
  if (site) rmSync(site.dir, { recursive: true, force: true });
});

describe('a protocol published without its pictures', () => {
  it('shows the flowchart as text, open, with a notice where the picture would be', () => {
    expect(page).toContain('class="sp-flowchart-missing"');
    expect(page).not.toContain('class="sp-flowchart-frame"');
    expect(page).toMatch(/<details class="sp-flowtext"[^>]* open/);
  });

  it('offers the briefing and forms as printable HTML, says there is no PDF, and links no picture or PDF', () => {
    expect(page).toContain('data-no-pdf');
    expect(page).toMatch(/href="[^"]*files\/briefing\.html"/);
    expect(page).not.toMatch(/href="[^"]*\/files\/[^"]*\.(pdf|svg|png)"/);
    const files = join(site.outDir, 'protocols', 'sefton', 'files');
    expect(existsSync(join(files, 'briefing.html'))).toBe(true);
    for (const picture of ['flowchart.svg', 'flowchart.png', 'briefing.pdf']) expect(existsSync(join(files, picture)), picture).toBe(false);
  });
});
