// The built site in a real browser: the seeds plus a hostile-text protocol, built by the CLI and
// Astro into a temporary folder, served locally. Screenshots of the key pages are kept under
// test-results/site/ for people to look at.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from '../../compiler/diagnostics/registry.ts';
import { DESKTOP, foreignRequests, PHONE, visit, WCAG_TAGS } from './browse.ts';
import { ROOT, seedFiles } from './fixture-site.ts';
import { HOSTILE_CORPUS_ID, useSharedSite, VERSIONED_ID } from './shared-site-contents.ts';

const SCREENSHOTS = join(ROOT, 'test-results', 'site');
const SEED_IDS = seedFiles().map((f) => f.split('/').pop()!.replace(/\.protocol$/, ''));
const ALL_IDS = [...SEED_IDS, 'hostile', HOSTILE_CORPUS_ID, VERSIONED_ID].sort();

const served = useSharedSite(SCREENSHOTS);
const url = served.url;

describe('index', () => {
  it('lists every protocol with its partnership, version and effective date', async () => {
    const v = await visit(served.session.browser, url('/'));
    try {
      const cards = v.page.locator('.sp-card');
      expect(await cards.count()).toBe(ALL_IDS.length);
      const text = await v.page.locator('main').innerText();
      expect(text).toContain('Sefton Safeguarding Children Partnership');
      expect(text).toContain('not stated');
      // The hostile fixture states both; its partnership name is shown as text, not as an image.
      expect(text).toContain('1 April 2025');
      expect(text).toContain('<img src=x onerror=alert(1)> Partnership');
      for (const id of ALL_IDS) expect(await v.page.locator(`a[href="/protocols/${id}/"]`).count()).toBeGreaterThan(0);
      await v.page.screenshot({ path: join(SCREENSHOTS, 'index-desktop.png'), fullPage: true });
    } finally {
      await v.close();
    }
  });
});

describe('protocol pages', () => {
  it.each(ALL_IDS)('%s loads without console errors and shows its flowchart with a text alternative', async (id) => {
    const v = await visit(served.session.browser, url(`/protocols/${id}/`));
    try {
      expect(v.consoleErrors).toEqual([]);
      expect(v.pageErrors).toEqual([]);
      const svg = v.page.locator('#flowchart + figure .sp-flowchart-frame > svg, .sp-flowchart-frame > svg').first();
      expect(await svg.getAttribute('role')).toBe('img');
      const name = await svg.evaluate((el) => {
        const ids = el.getAttribute('aria-labelledby');
        return ids ? ids.split(/\s+/).map((i) => document.getElementById(i)?.textContent ?? '').join(' ') : (el.getAttribute('aria-label') ?? '');
      });
      expect(name.trim().length).toBeGreaterThan(0);
      expect(await v.page.locator('details.sp-flowtext li').count()).toBeGreaterThan(0);
      // The zoom buttons sit side by side on one line, the same height (Starlight's spacing between
      // content blocks once pushed the second one down).
      const zoom = await v.page.locator('.sp-chart-zoom button').evaluateAll((buttons) => buttons.map((b) => [b.getBoundingClientRect().top, b.getBoundingClientRect().height]));
      expect(zoom).toHaveLength(2);
      expect(zoom[1]).toEqual(zoom[0]);
      expect(await v.page.locator('.sp-stage').count()).toBeGreaterThan(0);
      expect(await v.page.locator('#simulator [data-simulator]').count()).toBe(1);
      // The author-only panel never reaches a built site.
      expect(await v.page.locator('[data-dev-diagnostics]').count()).toBe(0);
      // The chart's font comes once from the site's shared file, not embedded in the page, and loads.
      expect(await svg.evaluate((el) => el.outerHTML.includes('data:font'))).toBe(false);
      const font = await v.page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'DejaVu Sans').map((f) => f.status);
      });
      expect(font.length).toBeGreaterThan(0);
      expect(font).toContain('loaded');
    } finally {
      await v.close();
    }
  });

  it('offers downloads that all exist, and machine.json is the compiled protocol', async () => {
    const v = await visit(served.session.browser, url('/protocols/sefton/'));
    try {
      const hrefs = await v.page.locator('.sp-downloads a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.some((h) => h.endsWith('/briefing.pdf'))).toBe(true);
      expect(hrefs.some((h) => h.endsWith('/forms/summary_log.pdf'))).toBe(true);
      expect(hrefs.some((h) => h.endsWith('/xstate.json'))).toBe(true);
      for (const href of hrefs) expect((await v.context.request.get(href)).status(), href).toBe(200);
      const machine = await (await v.context.request.get(url('/protocols/sefton/files/machine.json'))).json();
      expect(machine.id).toBe('sefton');
      expect(machine).toEqual(JSON.parse(readFileSync(join(served.site.buildDir, 'sefton', 'machine.json'), 'utf8')));
    } finally {
      await v.close();
    }
  });

  it('shows the source passage and the published document next to a fact', async () => {
    const v = await visit(served.session.browser, url('/protocols/sefton/'));
    try {
      const cite = v.page.locator('section[aria-labelledby="stage-step2"] details.sp-cite', { hasText: 'within a further 2 working days' }).first();
      await cite.locator('summary').click();
      // One toggle per stage holds every passage the stage's facts cite.
      await expect.poll(() => cite.locator('blockquote', { hasText: 'further 2 working days' }).count()).toBeGreaterThan(0);
      expect(await cite.locator('a').getAttribute('href')).toBe('https://www.seftonscp.org.uk/');
    } finally {
      await v.close();
    }
  });

  it('highlights the protocol source with the Stepladder grammar', async () => {
    const v = await visit(served.session.browser, url('/protocols/sefton/source/'));
    try {
      const keyword = v.page.locator('.expressive-code .ec-line span', { hasText: /^protocol$/ }).first();
      const text = v.page.locator('.expressive-code .ec-line span', { hasText: /^"Escalating Concerns/ }).first();
      const plain = v.page.locator('.expressive-code .ec-line span', { hasText: /^ sefton \{$/ }).first();
      const colour = (l: typeof keyword) => l.evaluate((el) => getComputedStyle(el).color);
      const colours = new Set([await colour(keyword), await colour(text), await colour(plain)]);
      expect(colours.size).toBe(3);
    } finally {
      await v.close();
    }
  });
});

describe('an earlier version kept beside the current one', () => {
  // The shared site's `versioned` protocol: made-up versions 1 and 2, whose step 2 titles differ.
  const EARLIER = 'Step 2 – Line Manager';
  const CURRENT = 'Step 2 – Direct Manager';
  const chartText = async (path: string) => {
    const v = await visit(served.session.browser, url(path));
    try {
      expect(v.consoleErrors).toEqual([]);
      expect(v.pageErrors).toEqual([]);
      return {
        text: await v.page.locator('.sp-flowchart-frame > svg').first().textContent(),
        main: await v.page.locator('main').innerText(),
        links: await v.page.locator('#files ~ ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)),
        contents: await v.page.locator('starlight-toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)),
      };
    } finally {
      await v.close();
    }
  };

  it('shows the flowchart drawn from its own source, and the current page shows the current one', async () => {
    const earlier = await chartText(`/protocols/${VERSIONED_ID}/versions/1/`);
    expect(earlier.main).toContain('This is not the current version.');
    // "On this page" lists the page's sections, the flowchart among them.
    expect(earlier.contents).toEqual(expect.arrayContaining(['#what-changed-next', '#stages', '#flowchart', '#timescales', '#files']));
    expect(earlier.text).toContain(EARLIER);
    expect(earlier.text).not.toContain(CURRENT);
    const current = await chartText(`/protocols/${VERSIONED_ID}/`);
    expect(current.text).toContain(CURRENT);
    expect(current.text).not.toContain(EARLIER);
  });

  it('offers its own pictures and PDFs, the files the build drew from that version', async () => {
    const { links } = await chartText(`/protocols/${VERSIONED_ID}/versions/1/`);
    const built = (folder: string, file: string) => readFileSync(join(served.site.buildDir, VERSIONED_ID, folder, file));
    // The PDF is published only when the page's briefing.html is the one it was printed from: the
    // earlier version's pages must compile with the partnership's configuration, as the build does.
    for (const file of ['flowchart.svg', 'flowchart.png', 'briefing.pdf']) {
      const href = links.find((l) => l.endsWith(`/versions/1/files/${file}`));
      expect(href, file).toBeDefined();
      const response = await fetch(url(href!));
      expect(response.status, file).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.equals(built('versions/1', file)), file).toBe(true);
      // Not the current version's file under the earlier version's name.
      expect(bytes.equals(built('', file)), file).toBe(false);
    }
  });
});

describe('accessibility', () => {
  it.each(['/', '/protocols/sefton/', '/protocols/cumberland/', '/diagnostics/e0101/'])('%s has no WCAG 2.2 A/AA violations', async (path) => {
    for (const [viewport, scheme] of [[DESKTOP, 'light'], [PHONE, 'dark']] as const) {
      const v = await visit(served.session.browser, url(path), viewport, scheme);
      try {
        const results = await new AxeBuilder({ page: v.page }).withTags(WCAG_TAGS).analyze();
        const summary = results.violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary, `${path} (${viewport.width}px, ${scheme})`).toEqual([]);
      } finally {
        await v.close();
      }
    }
  });
});

describe('privacy', () => {
  it('makes no request outside the site, search included', async () => {
    const seen: string[] = [];
    for (const path of ['/', '/protocols/sefton/', '/protocols/sefton/source/', '/diagnostics/', '/diagnostics/w0407/', '/using-this-site/']) {
      const v = await visit(served.session.browser, url(path));
      try {
        if (path === '/') {
          await v.page.locator('site-search button[data-open-modal]').click();
          const input = v.page.locator('#starlight__search input');
          await input.waitFor({ state: 'visible' });
          await input.fill('manager');
          await v.page.locator('.pagefind-ui__result').first().waitFor();
        }
        seen.push(...v.requests);
      } finally {
        await v.close();
      }
    }
    expect(seen.length).toBeGreaterThan(10);
    expect(foreignRequests(seen, served.origin)).toEqual([]);
  });
});

describe('hostile protocol text', () => {
  it('stays text everywhere and runs no script', async () => {
    for (const path of ['/', '/protocols/hostile/', '/protocols/hostile/source/']) {
      const v = await visit(served.session.browser, url(path));
      try {
        await v.page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
        await v.page.mouse.move(10, 10);
        await v.page.waitForTimeout(200);
        expect(v.dialogs, path).toEqual([]);
        expect(v.pageErrors, path).toEqual([]);
        const dom = await v.page.evaluate(() => ({
          // Data blocks (type="application/json") never run; only executable scripts count.
          scripts: [...document.scripts]
            .filter((s) => ['', 'module', 'text/javascript'].includes(s.type))
            .map((s) => s.textContent ?? '')
            .filter((t) => t.includes('alert(')),
          handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`)),
          scriptLinks: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((h) => /^\s*javascript:/i.test(h)),
          // The flowchart's own <style> elements (and the page's flowchart font faces) are ours; a protocol's <style> text must never become one.
          injected: document.querySelectorAll('main img[src="x"], main iframe, main q, main b:not(svg b), main style:not(svg style):not([data-flowchart-font])').length,
          title: document.title,
        }));
        expect(dom.scripts, path).toEqual([]);
        expect(dom.handlers, path).toEqual([]);
        expect(dom.scriptLinks, path).toEqual([]);
        expect(dom.injected, path).toBe(0);
        if (path === '/protocols/hostile/') {
          expect(dom.title).toContain('Hostile </title><script>alert(1)</script> protocol');
          // Named area first: the partnership (no area configured), then the title, both as text.
          expect(await v.page.locator('h1').innerText()).toMatch(/ – Hostile <\/title><script>alert\(1\)<\/script> protocol$/);
          // A javascript: source URL is shown as text, never as a link.
          expect(await v.page.locator('.sp-facts').innerText()).toContain('Published <svg onload=alert(3)> text');
          // Channel descriptions are shown, as text.
          const channels = await v.page.locator('.sp-channels').allInnerTexts();
          expect(channels.join('\n')).toContain("<img src=x onerror=alert(15)> Ring the other agency's duty desk");
          expect(channels.join('\n')).toContain('**Not** for <b>urgent</b> matters');
        }
      } finally {
        await v.close();
      }
    }
  });
});

describe('print', () => {
  it('prints content only, with every source passage open and link targets written out', async () => {
    const v = await visit(served.session.browser, url('/protocols/sefton/'));
    try {
      await v.page.emulateMedia({ media: 'print' });
      const shown = (selector: string) => v.page.locator(selector).first().evaluate((el) => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0);
      expect(await shown('header.header')).toBe(false);
      expect(await shown('#simulator')).toBe(false);
      // Each source passage is printed once, in the appendix, not beside every fact.
      expect(await shown('details.sp-cite')).toBe(false);
      expect(await shown('.sp-print-appendix blockquote, .sp-print-appendix li')).toBe(true);
      const after = await v.page.locator('.sp-facts a[href^="http"]').evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toContain('https://www.seftonscp.org.uk/');
      await v.page.pdf({ path: join(SCREENSHOTS, 'sefton-print.pdf'), format: 'A4', printBackground: true, preferCSSPageSize: true });
    } finally {
      await v.close();
    }
  });
});

describe('diagnostics reference', () => {
  it('has a page for every registry code, linked from the index', async () => {
    const v = await visit(served.session.browser, url('/diagnostics/'));
    try {
      const links = await v.page.locator('.sp-diagnostic-list a').evaluateAll((all) => all.map((a) => a.getAttribute('href')));
      const codes = Object.values(registry).map((e) => `/diagnostics/${e.code.toLowerCase()}/`).sort();
      expect([...links].sort()).toEqual(codes);
      for (const path of codes) expect((await v.context.request.get(url(path))).status(), path).toBe(200);
    } finally {
      await v.close();
    }
  });
});

describe('screenshots', () => {
  it('keeps pictures of the key pages for people to review', async () => {
    const shots: Array<[string, string, typeof DESKTOP]> = [
      ['/', 'index-phone', PHONE],
      ['/protocols/sefton/', 'protocol-phone', PHONE],
      ['/protocols/sefton/', 'protocol-desktop', DESKTOP],
      ['/diagnostics/e0101/', 'diagnostic-desktop', DESKTOP],
    ];
    for (const [path, name, viewport] of shots) {
      const v = await visit(served.session.browser, url(path), viewport);
      try {
        await v.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: name !== 'protocol-phone' });
        expect(v.consoleErrors).toEqual([]);
      } finally {
        await v.close();
      }
    }
  });
});
