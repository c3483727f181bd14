// Issue 17, defect 1, on the site: a protocol built without pictures (here --no-render; the same holds
// without Chromium or when rendering fails) is published with the flowchart as text and a notice in
// the picture's place, and its briefing and forms as printable HTML with a notice, never a picture
// or PDF of an earlier build. The fixture has no stepladder.yaml either, so this is also the one
// browser test of a site built with the neutral defaults (the shared site has a configuration).
import AxeBuilder from '@axe-core/playwright';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from '../../render/browser.ts';
import { PHONE, visit, WCAG_TAGS } from './browse.ts';
import { buildFixtureSite, type FixtureSite, SEEDS_DIR } from './fixture-site.ts';
import { serveStatic } from './static-server.ts';

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

describe('a site without a stepladder.yaml, in Chromium', () => {
  it('shows the protocol page on a phone without errors, says it lists no contacts, and passes axe', async () => {
    const server = await serveStatic(site.outDir);
    const session = await openBrowser();
    try {
      for (const path of ['/', '/protocols/sefton/']) {
        const v = await visit(session.browser, `${server.origin}${path}`, PHONE);
        try {
          expect(v.consoleErrors, path).toEqual([]);
          expect(v.pageErrors, path).toEqual([]);
          expect(await v.page.locator('main h1').count(), path).toBe(1);
          if (path !== '/') {
            // No contacts are configured: a plain sentence, never a made-up number.
            expect(await v.page.locator('.sp-contacts').innerText()).toContain('This site lists no contact numbers.');
            expect(await v.page.locator('.sp-contact').count()).toBe(0);
            expect(await v.page.locator('.sp-flowchart-missing').count()).toBe(1);
          }
          const results = await new AxeBuilder({ page: v.page }).withTags(WCAG_TAGS).analyze();
          expect(results.violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`), path).toEqual([]);
        } finally {
          await v.close();
        }
      }
    } finally {
      await session.close();
      await server.close();
    }
  }, 120_000);
});
