// What a practitioner meets, in a real browser, on the shared site (shared-site-contents.ts), built
// with the fixture partnership's stepladder.yaml (fictional contacts and review dates; the build
// date fixed with STEPLADDER_TODAY):
// protocols named by area, the first screen of a protocol page on a phone, contacts, review flags,
// the flowchart on phones and desktops, search and print. Screenshots go to test-results/site/.
import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Machine } from '../../compiler/ir/types.ts';
import { DESKTOP, PHONE, visit, WCAG_TAGS } from './browse.ts';
import { astroBuild, FIXTURES_DIR, fixtureFolders, ROOT } from './fixture-site.ts';
import { useSharedSite } from './shared-site-contents.ts';

const SCREENSHOTS = join(ROOT, 'test-results', 'site');

vi.setConfig({ testTimeout: 120_000 });

const served = useSharedSite(SCREENSHOTS);
const url = served.url;
const machineOf = (id: string): Machine => JSON.parse(readFileSync(join(served.site.buildDir, id, 'machine.json'), 'utf8')) as Machine;

describe('area first', () => {
  it('names protocols by area in the index, the sidebar, the heading and the tab', async () => {
    const v = await visit(served.session.browser, url('/'));
    try {
      expect(await v.page.locator('h1').innerText()).toBe('Find your area');
      const cards = await v.page.locator('.sp-card h2').allInnerTexts();
      expect(cards).toContain('Sampleshire North – Escalating Concerns: Step by Step – The Process');
      // Cumberland is kept for reference only: it comes last, under its own heading.
      expect(await v.page.locator('main h2', { hasText: 'No longer in force' }).count()).toBe(1);
      expect(cards.at(-1)).toMatch(/^Old Sampleshire – /);
      expect(await v.page.locator('nav.sidebar a', { hasText: 'Sampleshire South – ' }).count()).toBe(1);
    } finally {
      await v.close();
    }
    const page = await visit(served.session.browser, url('/protocols/sefton/'));
    try {
      expect(await page.page.title()).toMatch(/^Sampleshire North – Escalating Concerns: Step by Step – The Process \| Sampleshire escalation protocols$/);
      expect(await page.page.locator('h1').innerText()).toMatch(/^Sampleshire North – /);
    } finally {
      await page.close();
    }
  });
});

describe('the first screen of a protocol page on a phone', () => {
  it('shows the first stage with who and by when, and the urgent line, without scrolling', async () => {
    const v = await visit(served.session.browser, url('/protocols/lincolnshire/'), PHONE);
    try {
      const first = v.page.locator('.sp-step').first();
      const who = first.locator('dt', { hasText: 'Who' });
      const when = first.locator('dt', { hasText: 'By when' });
      for (const fact of [who, when, v.page.locator('.sp-urgent-route')]) {
        const box = (await fact.boundingBox())!;
        expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
      }
      // The immediate-risk line is the partnership's (stepladder.yaml), labelled as not the protocol's.
      expect(await v.page.locator('.sp-urgent-route').innerText()).toContain('Sampleshire Front Door on 01632 960001. (Site notice from the partnership, not part of this protocol.)');
      expect(await first.locator('dd').nth(1).innerText()).toBe(machineOf('lincolnshire').states[0]!.deadline[0]!.wording!.replace(/^./, (c) => c.toUpperCase()));
      await v.page.screenshot({ path: join(SCREENSHOTS, 'first-screen-phone.png') });
    } finally {
      await v.close();
    }
  });

  it('says so for a stage without a timescale instead of inventing one', async () => {
    const v = await visit(served.session.browser, url('/protocols/warwickshire/'), PHONE);
    try {
      expect(await v.page.locator('.sp-step').first().innerText()).toContain('No timescale is stated for this stage.');
    } finally {
      await v.close();
    }
  });

  it('reaches the simulator with one tap on "Work out my dates"', async () => {
    const v = await visit(served.session.browser, url('/protocols/sefton/'), PHONE);
    try {
      await v.page.locator('[data-start-simulator]').click();
      await expect.poll(() => v.page.evaluate(() => location.hash)).toBe('#simulator');
      const box = (await v.page.locator('#simulator-title').boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeLessThan(PHONE.height);
      await v.page.locator('[data-simulator-ready]').waitFor();
    } finally {
      await v.close();
    }
  });
});

describe('contacts and review dates from stepladder.yaml', () => {
  it('lists the contacts with numbers to tap, and flags an overdue review', async () => {
    const v = await visit(served.session.browser, url('/protocols/sefton/'));
    try {
      const contacts = v.page.locator('.sp-contact');
      expect(await contacts.count()).toBe(4);
      expect(await contacts.first().innerText()).toContain('Sampleshire Children\'s Front Door (MASH)');
      expect(await v.page.locator('.sp-contact a[href="tel:01632960001"]').innerText()).toBe('01632 960001');
      expect(await v.page.locator('.sp-contact a[href="tel:+441632960002"]').count()).toBe(1);
      expect(await v.page.locator('.sp-flag').innerText()).toContain('Review overdue: this protocol was due for review on 1 June 2026.');
      expect(await v.page.locator('.sp-review-line a[href="mailto:partnership@example.org"]').count()).toBe(1);
    } finally {
      await v.close();
    }
    const current = await visit(served.session.browser, url('/protocols/lincolnshire/'));
    try {
      expect(await current.page.locator('.sp-flag').count()).toBe(0);
      expect(await current.page.locator('.sp-review-line').innerText()).toContain('Last reviewed 15 January 2026. Next review 15 January 2027.');
    } finally {
      await current.close();
    }
  });

  // The protocol page on a desktop in light mode is checked by site.test.ts on the same shared site.
  it('finds no WCAG 2.2 A/AA violations on a protocol page and its source page, phone and desktop', async () => {
    for (const [path, viewport] of [['/protocols/sefton/', PHONE], ['/protocols/sefton/source/', PHONE], ['/protocols/sefton/source/', DESKTOP]] as const) {
      const v = await visit(served.session.browser, url(path), viewport);
      try {
        const results = await new AxeBuilder({ page: v.page }).withTags(WCAG_TAGS).analyze();
        expect(results.violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      } finally {
        await v.close();
      }
    }
  });
});

describe('the flowchart', () => {
  it('puts the steps as text first on a phone, the picture one tap away and opening at its start', async () => {
    const v = await visit(served.session.browser, url('/protocols/sefton/'), PHONE);
    try {
      expect(await v.page.locator('details.sp-flowtext').getAttribute('open')).not.toBeNull();
      expect(await v.page.locator('details.sp-chart').getAttribute('open')).toBeNull();
      const text = (await v.page.locator('details.sp-flowtext').boundingBox())!;
      const chart = (await v.page.locator('details.sp-chart').boundingBox())!;
      expect(text.y).toBeLessThan(chart.y);
      await v.page.locator('details.sp-chart > summary').click();
      const frame = v.page.locator('.sp-flowchart-frame');
      expect(await frame.evaluate((el) => [el.scrollLeft, el.scrollTop])).toEqual([0, 0]);
      expect(await v.page.locator('.sp-chart-hint').isVisible()).toBe(true);
      const before = await frame.locator('svg').evaluate((el) => el.getBoundingClientRect().width);
      await v.page.locator('.sp-chart-zoom button[data-zoom="in"]').click();
      expect(await frame.locator('svg').evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(before);
    } finally {
      await v.close();
    }
  });

  it('draws the chart’s words at 12 px or more on a desktop', async () => {
    const v = await visit(served.session.browser, url('/protocols/sefton/'), DESKTOP);
    try {
      expect(await v.page.locator('details.sp-chart').getAttribute('open')).not.toBeNull();
      // Mermaid draws the chart at 15 px; the scale is the drawn width over the chart's own width.
      const scale = await v.page.locator('.sp-flowchart-frame svg').evaluate((el) => el.getBoundingClientRect().width / (el as SVGSVGElement).viewBox.baseVal.width);
      expect(15 * scale).toBeGreaterThanOrEqual(12);
    } finally {
      await v.close();
    }
  });
});

describe('search and print', () => {
  it('leaves the source and diagnostics pages out of the practitioners’ search', () => {
    const html = (path: string) => readFileSync(join(served.site.outDir, path, 'index.html'), 'utf8');
    expect(html('protocols/sefton')).toContain('data-pagefind-body');
    expect(html('protocols/sefton/source')).not.toContain('data-pagefind-body');
    expect(html('diagnostics/e0101')).not.toContain('data-pagefind-body');
    expect(html('diagnostics')).not.toContain('data-pagefind-body');
  });

  it('prints the practitioner’s content: each passage once in an appendix, the address, the date and a warning', async () => {
    const v = await visit(served.session.browser, url('/protocols/sefton/'));
    try {
      await v.page.emulateMedia({ media: 'print' });
      await v.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      const meta = await v.page.locator('.sp-print-meta').innerText();
      expect(meta).toContain(`Printed from ${url('/protocols/sefton/')} on `);
      expect(meta).toContain('check online for the current version');
      expect(await v.page.locator('.sp-cite').first().isVisible()).toBe(false);
      expect(await v.page.locator('.sp-print-appendix li').count()).toBe(machineOf('sefton').citations.length);
      expect(await v.page.locator('.sp-downloads-developers').isVisible()).toBe(false);
      expect(await v.page.locator('#simulator').isVisible()).toBe(false);
      const pdf = await v.page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
      expect(pages).toBeGreaterThan(1);
      expect(pages).toBeLessThanOrEqual(9);
    } finally {
      await v.close();
    }
  });
});

describe('a stepladder.yaml with errors', () => {
  const broken = fixtureFolders([join(FIXTURES_DIR, 'protocols', 'hostile.protocol')], 'stepladder-config-', join(FIXTURES_DIR, 'config', 'bad-phone.yaml'));
  afterAll(() => rmSync(broken.dir, { recursive: true, force: true }));

  it('stops the site build with the line and column, before anything is written', async () => {
    const build = await astroBuild(broken.env);
    expect(build.code).not.toBe(0);
    expect(build.output).toContain("error[E0174]: '0800 FRONT DOOR' is not a UK phone number.");
    expect(build.output).toMatch(/--> .*stepladder\.yaml:4:12/);
    expect(existsSync(broken.outDir)).toBe(false);
  });
});
