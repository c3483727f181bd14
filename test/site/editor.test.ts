// The write-and-preview page in real Chromium: a policy officer opens their protocol, types a
// mistake and sees it (underlined and listed with its help and reference link), fixes it and sees
// the flowchart change, breaks a total and sees the diagnostic, and saves the draft. Nothing leaves
// the site, nothing is stored unless asked, and any pasted text leaves the page working.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, foreignRequests, PHONE, visit, WCAG_TAGS } from './browse.ts';
import { ROOT, SEEDS_DIR } from './fixture-site.ts';
import { useSharedSite } from './shared-site-contents.ts';

const SCREENSHOTS = join(ROOT, 'test-results', 'site');
const SEFTON = readFileSync(join(SEEDS_DIR, 'sefton.protocol'), 'utf8');
// The seeds' site the other browser files read (built once per run for all of them, shared-site.ts);
// the page opens Sefton from it.
const served = useSharedSite(SCREENSHOTS);

const status = (page: Page) => page.locator('[data-editor-status]');
const problems = (page: Page) => page.locator('[data-editor-problems] li');

/** Replaces the whole draft as a paste would (a real input event in the editor). */
async function replaceDraft(page: Page, text: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

async function draftText(page: Page): Promise<string> {
  return page.locator('.cm-content').evaluate((el) => [...el.querySelectorAll('.cm-line')].map((l) => l.textContent).join('\n'));
}

async function checked(page: Page, expected: RegExp): Promise<void> {
  await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toMatch(expected);
}

describe('write and preview', () => {
  it('opens a published protocol, shows a typed mistake, and redraws the flowchart once it is fixed', async () => {
    const v = await visit(served.session.browser, served.url('/write/'), DESKTOP);
    const { page } = v;
    await checked(page, /No problems/); // the starter template compiles cleanly
    expect(await draftText(page)).toContain('STARTER TEMPLATE');

    await page.selectOption('[data-editor-open]', 'sefton');
    await expect.poll(() => draftText(page), { timeout: 30_000 }).toContain('protocol sefton');
    await page.getByRole('tab', { name: 'Flowchart' }).click();
    const flowchart = page.locator('[data-flowchart] svg');
    await flowchart.waitFor({ timeout: 60_000 });
    const before = await flowchart.textContent();
    expect(before).toContain('Step 2 – Direct Manager'); // labels wrap, so only the start of a title is one run of text

    // Type a mistake: a route to a stage that does not exist.
    await replaceDraft(page, SEFTON.replace('on unresolved -> step3', 'on unresolved -> stepp3'));
    await checked(page, /\d+ errors?/); // the misspelt route also leaves later stages unreachable
    const problem = await problems(page).filter({ hasText: 'E0101' }).first().textContent();
    expect(problem).toContain("There is no stage, level, outcome or exit called 'stepp3'. Did you mean 'step3'?");
    expect(problem).toContain('Declare it, or correct the spelling of the name.');
    expect(await problems(page).filter({ hasText: 'E0101' }).locator('a').getAttribute('href')).toBe('/diagnostics/e0101/');
    // The squiggle is under the misspelt name (CodeMirror draws only the lines in view: go there first).
    await problems(page).filter({ hasText: 'E0101' }).locator('.sp-problem-where').click();
    await expect.poll(() => page.locator('.cm-lintRange-error').allTextContents(), { timeout: 10_000 }).toContain('stepp3');

    // Fix it and retitle step 2: the flowchart follows the draft.
    await replaceDraft(page, SEFTON.replace('Step 2 – Direct Manager to Manager Discussion', 'Step 2 – Talking'));
    await checked(page, /0 errors|No problems/);
    expect(await problems(page).filter({ hasText: 'E0101' }).count()).toBe(0);
    await expect.poll(() => flowchart.textContent(), { timeout: 30_000 }).toContain('Step 2 – Talking');
    expect(await flowchart.textContent()).not.toContain('Direct Manager');
    await page.screenshot({ path: join(SCREENSHOTS, 'write-desktop.png'), fullPage: true });

    expect(foreignRequests(v.requests, served.origin)).toEqual([]);
    expect(v.pageErrors).toEqual([]);
    expect(v.consoleErrors).toEqual([]);
    await v.close();
  }, 240_000);

  it('reports a total that no longer adds up, and saves the corrected draft to the device', async () => {
    const v = await visit(served.session.browser, served.url('/write/'), PHONE);
    const { page } = v;
    await checked(page, /No problems/);
    // The last stage's time limit: only its own stated total stops adding up.
    const longer = SEFTON.replace('deadline within a further 5 working days of step3', 'deadline within a further 6 working days of step3');
    await replaceDraft(page, longer);
    await checked(page, /1 error/);
    const problem = await problems(page).first().textContent();
    expect(problem).toContain('E0301');
    expect(problem).toContain('The stated total is 11 working days, but the timescales add up to 12 working days.');

    const fixed = longer.replace('total 11 working days', 'total 12 working days');
    await replaceDraft(page, fixed);
    await checked(page, /0 errors|No problems/);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save draft' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('sefton.protocol');
    expect(readFileSync((await file.path())!, 'utf8')).toBe(fixed);

    const svg = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save flowchart (SVG)' }).click();
    const picture = await svg;
    expect(picture.suggestedFilename()).toBe('sefton-flowchart.svg');
    expect(readFileSync((await picture.path())!, 'utf8')).toMatch(/^<svg[\s\S]*Step 2/);
    await page.screenshot({ path: join(SCREENSHOTS, 'write-phone.png'), fullPage: true });
    // Not asked to keep the draft: it is not in this browser's storage.
    expect(await page.evaluate(() => localStorage.getItem('stepladder:draft'))).toBeNull();
    expect(foreignRequests(v.requests, served.origin)).toEqual([]);
    await v.close();
  }, 180_000);

  it('keeps the draft in the browser only while asked to', async () => {
    const v = await visit(served.session.browser, served.url('/write/'), DESKTOP);
    const { page } = v;
    await checked(page, /No problems/);
    await page.getByLabel('Keep my draft in this browser').check();
    await replaceDraft(page, `// my change\n${SEFTON}`);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('stepladder:draft')), { timeout: 10_000 }).toContain('// my change');
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => draftText(page), { timeout: 30_000 }).toContain('// my change');
    await page.getByLabel('Keep my draft in this browser').uncheck();
    expect(await page.evaluate(() => localStorage.getItem('stepladder:draft'))).toBeNull();
    await v.close();
  });

  it('styles the Simulator tab as the protocol pages style their simulator', async () => {
    const v = await visit(served.session.browser, served.url('/write/'), DESKTOP);
    const { page } = v;
    await checked(page, /No problems/);
    const simulator = page.locator('[data-panel="simulator"] .sp-simulator[data-simulator-ready]');
    await simulator.waitFor({ timeout: 30_000 });
    // simulator.css draws the island's frame; without it the tab was unstyled browser defaults.
    expect(await simulator.evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('1px');
    expect(await simulator.evaluate((el) => getComputedStyle(el).paddingTop)).not.toBe('0px');
    await v.close();
  });

  it('survives any text pasted into it', async () => {
    const v = await visit(served.session.browser, served.url('/write/'), DESKTOP);
    const { page } = v;
    await checked(page, /No problems/);
    const hostile = ['"""', '{'.repeat(500), '\u202e\u0000\uffff😀', '</script><script>alert(1)</script>', 'stage "', '/*', SEFTON.slice(0, 3000)];
    for (const text of hostile) {
      await replaceDraft(page, text);
      await checked(page, /error|problem/i);
    }
    await replaceDraft(page, SEFTON);
    await checked(page, /0 errors|No problems/);
    expect(v.pageErrors).toEqual([]);
    expect(v.dialogs).toEqual([]);
    await v.close();
  }, 180_000);

  it('has no automatically detectable accessibility problems', async () => {
    const v = await visit(served.session.browser, served.url('/write/'), DESKTOP);
    await checked(v.page, /No problems/);
    const results = await new AxeBuilder({ page: v.page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((r) => `${r.id}: ${r.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await v.close();
  });
});
