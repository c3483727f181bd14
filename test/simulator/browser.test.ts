// The simulator in a real browser, on the built site: the seeds (and the hostile-text fixture) are
// built by the site tests' own helper into a temporary folder and served locally. It walks each
// seed's routes to an outcome with the CLI's due dates, by mouse and by keyboard alone, checks the
// announcements, share links, accessibility, privacy and the shipped bundle's size, and keeps
// screenshots under test-results/simulator/ for people to look at.
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Machine } from '../../compiler/ir/types.ts';
import { DESKTOP, foreignRequests, PHONE, visit, type Visit, WCAG_TAGS } from '../site/browse.ts';
import { ROOT } from '../site/fixture-site.ts';
import { useSharedSite } from '../site/shared-site-contents.ts';
import { ROUTES, START, type ExpectedRoute } from './routes.ts';

const SCREENSHOTS = join(ROOT, 'test-results', 'simulator');
const LIVE = '[data-simulator-live]';
const HEADING = '.sp-sim-heading';

// The same site as test/site/site.test.ts (rendered): built once per run for both (shared-site.ts).
const served = useSharedSite(SCREENSHOTS);
const url = served.url;
const machineOf = (id: string): Machine => JSON.parse(readFileSync(join(served.site.buildDir, id, 'machine.json'), 'utf8')) as Machine;
const titleOf = (machine: Machine, id: string): string => machine.states.find((s) => s.id === id)!.title;

/** The page's clock: the moment the cases below start, so "now" (each step's default time) is fixed. */
const CLOCK = new Date(`${START}:00Z`);

async function openSimulator(path: string, viewport = DESKTOP, scheme: 'light' | 'dark' = 'light'): Promise<Visit> {
  const v = await visit(served.session.browser, url(path), viewport, scheme);
  // A fixed clock, then the page again: the island reads "now" when it starts.
  await v.page.clock.setFixedTime(CLOCK);
  await v.page.reload({ waitUntil: 'networkidle' });
  // The island is fetched when a reader nears it (or the address opens a case): scroll there as one would.
  await v.page.locator('[data-simulator]').scrollIntoViewIfNeeded();
  await v.page.locator('[data-simulator-ready]').waitFor();
  return v;
}

/** Chooses "At the deadline" for the next step, when the stage has one. */
async function atDeadline(page: Page): Promise<void> {
  const radio = page.locator('.sp-sim-when input[value="deadline"]');
  if ((await radio.count()) > 0) await radio.check();
}

/** Chooses "At another time" for the next step and types it the British way. */
async function atTime(page: Page, value: string): Promise<void> {
  await page.locator('.sp-sim-when input[value="other"]').check();
  await page.locator('.sp-sim-when .sp-sim-date').fill(`${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)}`);
  await page.locator('.sp-sim-when .sp-sim-time').fill(value.slice(11, 16));
}

/** Uncaught errors, and what the island logs when it cannot start (the rest of the page is the site tests' business). */
const islandErrors = (v: Visit): string[] => [...v.pageErrors, ...v.consoleErrors.filter((e) => e.includes('Stepladder simulator'))];

async function setStart(page: Page, value: string): Promise<void> {
  await page.locator('.sp-sim-setup .sp-sim-date').fill(`${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)}`);
  const time = page.locator('.sp-sim-setup .sp-sim-time');
  await time.fill(value.slice(11, 16));
  await time.dispatchEvent('change');
}

/** A picture of the simulator alone, from a full-page capture so the sticky header does not cover it. */
async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await page.locator('#simulator').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height };
  });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, clip: box });
}

async function expectStage(page: Page, machine: Machine, stage: ExpectedRoute['stages'][number]): Promise<void> {
  await expect.poll(() => page.locator(HEADING).innerText()).toBe(`Now: ${titleOf(machine, stage.state)}`);
  const due = page.locator('.sp-sim-facts dd').nth(1);
  if (stage.due === null) expect(await due.innerText()).toBe('No timescale stated.');
  else expect(await page.locator('.sp-sim-due strong').innerText()).toBe(stage.due);
}

describe('walking each seed to an outcome', () => {
  it.each(ROUTES.map((r) => [r.name, r] as const))('%s', async (_name, route) => {
    const machine = machineOf(route.protocol);
    const v = await openSimulator(`/protocols/${route.protocol}/`);
    try {
      await setStart(v.page, START);
      for (const condition of route.conditions) await v.page.locator(`.sp-sim-setup input[value="${condition}"]`).check();
      for (const stage of route.stages) {
        await expectStage(v.page, machine, stage);
        await atDeadline(v.page);
        await v.page.locator(`.sp-sim-choice[data-event="${stage.event}"]`).first().click();
      }
      const end = machine.outcomes.find((o) => o.title === route.end.title) ?? machine.exits.find((e) => e.title === route.end.title);
      expect(end, route.end.title).toBeDefined();
      await expect.poll(() => v.page.locator(HEADING).innerText()).toMatch(new RegExp(`: ${route.end.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      expect(await v.page.locator('.sp-sim-path-end').innerText()).toContain(route.end.at);
      expect(await v.page.locator('.sp-sim-path > li').count()).toBeGreaterThan(0);
      await expect.poll(() => v.page.locator(LIVE).innerText()).toMatch(new RegExp(`^${machine.events.find((e) => e.id === route.stages.at(-1)!.event)!.label}, [^.]+\\. The case has ended`)); // the time, said in words
      expect(await v.page.locator(LIVE).innerText()).toContain(`The case has ended: ${route.end.title}, ${route.end.at}.`);
      expect(islandErrors(v)).toEqual([]);
    } finally {
      await v.close();
    }
  });
});

describe('other routes', () => {
  it('starts at a discretionary stage when its condition holds, and leaves the procedure by a condition event', async () => {
    const v = await openSimulator('/protocols/generic-lscb/');
    try {
      await setStart(v.page, START);
      const from = v.page.locator('.sp-sim-setup select').nth(1);
      expect(await from.locator('option[value="resolution_panel"]').isDisabled()).toBe(true);
      await v.page.locator('.sp-sim-setup input[value="imminent_risk"]').check();
      await expect.poll(() => from.locator('option[value="resolution_panel"]').isDisabled()).toBe(false);
      await from.selectOption('resolution_panel');
      await expect.poll(() => v.page.locator(HEADING).innerText()).toBe('Now: Resolution Panel');
      await v.page.locator('.sp-sim-choice[data-event="own_manager"]').click();
      await expect.poll(() => v.page.locator(HEADING).innerText()).toMatch(/^Leaves this procedure: /);
      expect(await v.page.locator('.sp-sim-path > li').count()).toBe(1);
      expect(islandErrors(v)).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('takes each step now by default, says it back in words, and offers no deadline where there is none', async () => {
    const v = await openSimulator('/protocols/hostile/');
    try {
      expect(await v.page.locator('.sp-sim-when input[value="now"]').isChecked()).toBe(true);
      expect(await v.page.locator('.sp-sim-when label[for$="-deadline"]').innerText()).toBe('At the deadline (Tuesday 22 December 2026, 17:00)');
      await v.page.locator('.sp-sim-choice[data-event="unresolved"]').click();
      await expect.poll(() => v.page.locator(LIVE).innerText()).toMatch(/^Not resolved, Friday 18 December 2026, 16:30\. Now at Step 2/);
      expect(await v.page.locator('.sp-sim-path').innerText()).toContain('Ended: Not resolved, Fri 18 Dec 2026 16:30');
      // Dates are typed day/month/year whatever the browser's language, and echoed in words.
      await v.page.locator('.sp-sim-when input[value="other"]').check();
      await v.page.locator('.sp-sim-when .sp-sim-date').fill('3/1/2027');
      await v.page.locator('.sp-sim-when .sp-sim-time').fill('9:05');
      expect(await v.page.locator('.sp-sim-when .sp-sim-echo').innerText()).toBe('Sunday 3 January 2027, 09:05');
      expect(islandErrors(v)).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('keeps hostile protocol text as text through a whole walk', async () => {
    const v = await openSimulator('/protocols/hostile/');
    try {
      for (let i = 0; i < 2; i++) await v.page.locator('.sp-sim-choice[data-event="unresolved"]').click();
      await v.page.locator('button', { hasText: 'Copy a link to this case' }).click();
      await expect.poll(() => v.page.locator(HEADING).innerText()).toBe('Outcome: Agreed <style>body{display:none}</style>');
      expect(v.dialogs).toEqual([]);
      expect(await v.page.locator('[data-simulator]').evaluate((el) => el.querySelectorAll('script, img, iframe, style, b, i, q').length)).toBe(0);
      expect(await v.page.locator('#simulator').innerText()).toContain('Step 1 <script>alert(15)</script>');
      expect(islandErrors(v)).toEqual([]);
    } finally {
      await v.close();
    }
  });
});

describe('keyboard', () => {
  /** Tabs forward (or back) until the focused element matches, as a keyboard user would. */
  async function tabTo(page: Page, selector: string, key = 'Tab'): Promise<void> {
    for (let i = 0; i < 40; i++) {
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      await page.keyboard.press(key);
    }
    throw new Error(`${key} never reached ${selector}`);
  }

  it('walks Cumberland with child protection by Tab, Space and Enter alone, focus following each step', async () => {
    const machine = machineOf('cumberland');
    const route = ROUTES.find((r) => r.protocol === 'cumberland' && r.conditions.length > 0)!;
    const v = await openSimulator(`/protocols/cumberland/#simulator?v=1&start=${START}`);
    try {
      // A case opened from a link puts focus on its current stage.
      await expect.poll(() => v.page.evaluate(() => document.activeElement?.className)).toBe('sp-sim-heading');
      await tabTo(v.page, '.sp-sim-setup input[type="checkbox"]', 'Shift+Tab');
      await v.page.keyboard.press('Space');
      await expect.poll(() => v.page.locator(LIVE).innerText()).toMatch(/^Case updated\. Now at Level One/);
      expect(await v.page.locator('.sp-sim-setup input[type="checkbox"]').isChecked()).toBe(true);
      for (const [i, stage] of route.stages.entries()) {
        await expectStage(v.page, machine, stage);
        if (stage.due !== null) {
          // The time first: the radio group is one Tab stop; the arrow keys choose within it.
          await tabTo(v.page, '.sp-sim-when input:checked');
          if ((await v.page.evaluate(() => (document.activeElement as HTMLInputElement).value)) === 'now') await v.page.keyboard.press('ArrowDown');
          expect(await v.page.locator('.sp-sim-when input[value="deadline"]').isChecked()).toBe(true);
        }
        await tabTo(v.page, `.sp-sim-choice[data-event="${stage.event}"]`);
        await v.page.keyboard.press(i % 2 === 0 ? 'Enter' : 'Space');
        await expect.poll(() => v.page.evaluate(() => document.activeElement?.className)).toBe('sp-sim-heading');
      }
      expect(await v.page.locator(HEADING).innerText()).toBe(`Outcome: ${route.end.title}`);
      expect(await v.page.locator('.sp-sim-path').innerText()).toContain(`Due ${route.end.at}`);
      // Undo by keyboard too: back to Stage Three, its 24-hour deadline again.
      await tabTo(v.page, 'button.sp-sim-secondary');
      await v.page.keyboard.press('Enter');
      await expect.poll(() => v.page.locator(LIVE).innerText()).toBe(`Last step undone. Now at ${titleOf(machine, 'stage3')}, due Sat 19 Dec 2026 16:30.`);
      const outline = await v.page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).toBe('solid');
    } finally {
      await v.close();
    }
  });

  it('shows a visible focus ring on the controls', async () => {
    const v = await openSimulator('/protocols/sefton/');
    try {
      await v.page.locator('.sp-sim-setup select').focus();
      await v.page.keyboard.press('Tab');
      await v.page.keyboard.press('Shift+Tab');
      const ring = await v.page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return { tag: document.activeElement!.tagName, outline: style.outlineStyle, width: style.outlineWidth };
      });
      expect(ring).toEqual({ tag: 'SELECT', outline: 'solid', width: '3px' });
    } finally {
      await v.close();
    }
  });
});

describe('sharing', () => {
  it('restores a case from the link it offers, and the link is made only when asked', async () => {
    const v = await openSimulator('/protocols/lincolnshire/');
    try {
      await setStart(v.page, START);
      await v.page.locator('.sp-sim-setup select').first().selectOption('wales');
      await atDeadline(v.page);
      await v.page.locator('.sp-sim-choice[data-event="unresolved"]').click();
      await atTime(v.page, '2026-12-30T11:15');
      await v.page.locator('.sp-sim-choice[data-event="unresolved"]').click();
      await expect.poll(() => v.page.locator(HEADING).innerText()).toContain('Step 3');
      expect(v.page.url()).toBe(url('/protocols/lincolnshire/'));
      await v.page.locator('button', { hasText: 'Copy a link to this case' }).click();
      const link = await v.page.locator('.sp-sim-link').inputValue();
      expect(link).toBe(url('/protocols/lincolnshire/#simulator?v=1&start=2026-12-18T16:30&nation=wales&steps=step1.unresolved,step2.unresolved@2026-12-30T11:15'));
      await expect.poll(() => v.page.locator(LIVE).innerText()).toMatch(/^(Link copied|Copy the link shown below)/);
      const pathBefore = await v.page.locator('.sp-sim-path').innerText();

      const again = await openSimulator(link.slice(served.origin.length));
      try {
        expect(await again.page.locator(HEADING).innerText()).toBe(await v.page.locator(HEADING).innerText());
        expect(await again.page.locator('.sp-sim-path').innerText()).toBe(pathBefore);
        expect(await again.page.locator('.sp-sim-setup select').first().inputValue()).toBe('wales');
        expect(await again.page.locator('.sp-sim-due strong').innerText()).toBe('Mon 4 Jan 2027 17:00');
        await expect.poll(() => again.page.locator(LIVE).innerText()).toMatch(/^Case opened from the link\. Now at Step 3/);
      } finally {
        await again.close();
      }
    } finally {
      await v.close();
    }
  });
});

describe('accessibility', () => {
  it.each([
    ['desktop, light', DESKTOP, 'light'],
    ['phone, dark', PHONE, 'dark'],
  ] as const)('finds no WCAG 2.2 A/AA violations mid-walk (%s)', async (_name, viewport, scheme) => {
    const v = await openSimulator('/protocols/cumberland/', viewport, scheme);
    try {
      await setStart(v.page, START);
      await v.page.locator('.sp-sim-setup input[type="checkbox"]').check();
      await v.page.locator('.sp-sim-choice[data-event="unresolved"]').first().click();
      await atTime(v.page, '2026-12-17T10:00');
      await v.page.locator('.sp-sim-choice[data-event="unresolved"]').first().click();
      await v.page.locator('.sp-sim-next [role="alert"]').waitFor();
      await v.page.locator('button', { hasText: 'Copy a link to this case' }).click();
      const results = await new AxeBuilder({ page: v.page }).withTags(WCAG_TAGS).analyze();
      const summary = results.violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
      // Nothing wider than a 390px phone.
      if (viewport === PHONE) expect(await v.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    } finally {
      await v.close();
    }
  });

  it('says what to do instead when JavaScript is off', async () => {
    const context = await served.session.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(url('/protocols/sefton/'));
      expect(await page.locator('#simulator').innerText()).toContain('Without it, the stages and timescales above say the same.');
    } finally {
      await context.close();
    }
  });
});

describe('privacy and size', () => {
  it('makes no request beyond the page itself, and stores nothing', async () => {
    const v = await openSimulator('/protocols/sefton/');
    const storage = () => v.page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie }));
    try {
      // Starlight itself remembers the colour theme; the simulator must add nothing to that.
      const before = await storage();
      await setStart(v.page, START);
      for (const event of ['unresolved', 'unresolved', 'resolved']) await v.page.locator(`.sp-sim-choice[data-event="${event}"]`).click();
      await v.page.locator('button', { hasText: 'Copy a link to this case' }).click();
      await v.page.waitForLoadState('networkidle');
      expect(foreignRequests(v.requests, served.origin)).toEqual([]);
      expect(v.requests.filter((r) => /machine\.json|xstate\.json/.test(r))).toEqual([]);
      expect(await storage()).toEqual(before);
      expect(before.cookie).toBe('');
      expect(await v.context.cookies()).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('ships an island of at most 40 KB gzipped, fetched only when a reader nears it', async () => {
    const html = readFileSync(join(served.site.outDir, 'protocols', 'sefton', 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script type="module" src="\/_astro\/([^"]+)"/g)].map((m) => m[1]!).filter((f) => f.startsWith('Simulator'));
    expect(scripts).toHaveLength(1);
    // The entry and every chunk it imports, statically or when it starts (Vite lists those as '_astro/…js').
    const files = new Set<string>();
    const queue = [scripts[0]!];
    while (queue.length > 0) {
      const file = queue.shift()!;
      if (files.has(file)) continue;
      files.add(file);
      const code = readFileSync(join(served.site.outDir, '_astro', file), 'utf8');
      for (const m of code.matchAll(/["'`](?:\.\/|_astro\/)([\w.-]+\.js)["'`]/g)) queue.push(m[1]!);
    }
    expect([...files].some((f) => f.startsWith('island'))).toBe(true);
    const gzipped = [...files].reduce((n, f) => n + gzipSync(readFileSync(join(served.site.outDir, '_astro', f)), { level: 9 }).length, 0);
    expect(gzipped).toBeLessThanOrEqual(40 * 1024);

    // A reader at the top of a phone's page has not fetched it; scrolling down to it fetches it.
    const v = await visit(served.session.browser, url('/protocols/sefton/'), PHONE);
    try {
      await v.page.waitForLoadState('networkidle');
      expect(v.requests.filter((r) => r.includes('/_astro/island'))).toEqual([]);
      expect(await v.page.locator('[data-simulator-ready]').count()).toBe(0);
      await v.page.locator('[data-simulator]').scrollIntoViewIfNeeded();
      await v.page.locator('[data-simulator-ready]').waitFor();
      expect(v.requests.filter((r) => r.includes('/_astro/island'))).toHaveLength(1);
    } finally {
      await v.close();
    }
  });
});

describe('screenshots', () => {
  it('keeps pictures of the simulator mid-walk and at an outcome, phone and desktop', async () => {
    for (const [viewport, name, scheme] of [[PHONE, 'phone', 'light'], [DESKTOP, 'desktop', 'dark']] as const) {
      const v = await openSimulator('/protocols/sefton/', viewport, scheme);
      try {
        await setStart(v.page, START);
        await v.page.locator('.sp-sim-choice[data-event="unresolved"]').click();
        await atTime(v.page, '2026-12-29T10:00');
        await v.page.locator('.sp-sim-choice[data-event="unresolved"]').click();
        await expect.poll(() => v.page.locator(HEADING).innerText()).toContain('Step 3');
        await shoot(v.page, `sefton-mid-walk-${name}`);
        await v.page.locator('.sp-sim-choice[data-event="unresolved"]').click();
        await v.page.locator('.sp-sim-choice[data-event="decided"]').click();
        await expect.poll(() => v.page.locator(HEADING).innerText()).toContain('Outcome');
        await shoot(v.page, `sefton-outcome-${name}`);
        expect(islandErrors(v)).toEqual([]);
      } finally {
        await v.close();
      }
    }
    const v = await openSimulator('/protocols/cumberland/', PHONE, 'dark');
    try {
      await setStart(v.page, START);
      await v.page.locator('.sp-sim-choice[data-event="unresolved"]').first().click();
      await shoot(v.page, 'cumberland-levels-phone-dark');
    } finally {
      await v.close();
    }
  });
});
