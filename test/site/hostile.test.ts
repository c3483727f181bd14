// The hostile corpus end to end: a protocol with script tags, onerror, javascript: URLs, Mermaid
// directives and click lines, Handlebars expressions, remote pictures, bidirectional controls in a
// comment and a 10,000-character word in its text, built by `stepladder build` and `astro build` and
// loaded in real Chromium at phone and desktop widths. Nothing may run (no dialog, no violation of
// the Content-Security-Policy), nothing may be fetched from another origin, and no page may be wider
// than its window (printables: than their A4 sheet).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LONG_WORD } from './fixtures/hostile/hostile-protocol.ts';
import { HOSTILE_CORPUS_ID, useSharedSite } from './shared-site-contents.ts';

// The corpus is one protocol of the site the read-only browser files share (its build is most of
// this file's time); '/' therefore lists the seeds beside it.
const served = useSharedSite(join(tmpdir(), 'stepladder-hostile-shots'));

const PAGE = `/protocols/${HOSTILE_CORPUS_ID}/`;
const SITE_PAGES = ['/', PAGE, `${PAGE}source/`];
const PRINTABLES = [`${PAGE}files/briefing.html`, `${PAGE}files/forms/escalation-record.html`];
const A4_WIDTH = 794;

interface Visit {
  dialogs: string[];
  offOrigin: string[];
  violations: string[];
  scrollWidth: number;
  innerWidth: number;
  text: string;
}

async function visit(path: string, width: number): Promise<Visit> {
  const context = await served.session.browser.newContext({ viewport: { width, height: 900 } });
  const page: Page = await context.newPage();
  const result: Visit = { dialogs: [], offOrigin: [], violations: [], scrollWidth: 0, innerWidth: 0, text: '' };
  page.on('dialog', (dialog) => {
    result.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(served.origin) || url.startsWith('data:')) return route.continue();
    result.offOrigin.push(url);
    return route.abort();
  });
  await page.exposeFunction('reportViolation', (v: string) => result.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const response = await page.goto(served.url(path), { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  await page.waitForTimeout(300);
  Object.assign(result, await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, text: document.body.innerText })));
  await page.screenshot({ path: join(tmpdir(), 'stepladder-hostile-shots', `${width}${path.replace(/\W+/g, '-')}.png`) });
  await context.close();
  return result;
}

describe('the hostile corpus, built and loaded in Chromium', () => {
  it.each(SITE_PAGES.flatMap((path) => [390, 1280].map((width) => ({ path, width }))))('$path at $width px: runs nothing, fetches nothing elsewhere, fits', async ({ path, width }) => {
    const seen = await visit(path, width);
    expect(seen.dialogs).toEqual([]);
    expect(seen.violations).toEqual([]);
    expect(seen.offOrigin).toEqual([]);
    expect(seen.scrollWidth).toBeLessThanOrEqual(seen.innerWidth);
  });

  it.each(PRINTABLES)('%s runs nothing and fits its A4 sheet', async (path) => {
    const seen = await visit(path, A4_WIDTH + 40);
    expect(seen.dialogs).toEqual([]);
    expect(seen.violations).toEqual([]);
    expect(seen.offOrigin).toEqual([]);
    expect(seen.scrollWidth).toBeLessThanOrEqual(seen.innerWidth);
  });

  it('shows the hostile text as text, the long word whole', async () => {
    const page = await visit(PAGE, 1280);
    expect(page.text).toContain('<script>alert(1)</script>');
    expect(page.text).toContain('"><img src=x onerror=alert(2)>');
    expect(page.text).toContain("{{constructor.constructor('alert(6)')()}}");
    expect(page.text.replace(/\s+/g, '')).toContain(LONG_WORD);
  });

  it('draws the bidirectional controls of a comment on the source page instead of obeying them', async () => {
    const page = await visit(`${PAGE}source/`, 1280);
    expect(page.text).toContain('Hostile fixture');
    expect(page.text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/u);
  });
});
