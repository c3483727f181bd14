// The write-and-preview page in real Chromium: a policy officer opens their protocol, types a
// mistake and sees it (underlined and listed with its help and reference link), fixes it and sees
// the flowchart change, breaks a total and sees the diagnostic, and saves the draft. Nothing leaves
// the site, nothing is stored unless asked, and any pasted text leaves the page working.
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, foreignRequests, PHONE, visit } from './browse.ts';
import { ROOT, SEEDS_DIR } from './fixture-site.ts';
import { useServedSite } from './served-site.ts';

const SCREENSHOTS = join(ROOT, 'test-results', 'site');
const SEFTON = readFileSync(join(SEEDS_DIR, 'sefton.protocol'), 'utf8');
// The protocol and, when it names one, the published text beside it.
const files = readdirSync(SEEDS_DIR).filter((f) => f.startsWith('sefton.')).map((f) => join(SEEDS_DIR, f));
const served = useServedSite(files, { render: false, screenshots: SCREENSHOTS });

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
    expect(before).toContain('Direct Manager to Manager Discussion');

    // Type a mistake: a route to a stage that does not exist.
    await replaceDraft(page, SEFTON.replace('on unresolved -> step3', 'on unresolved -> stepp3'));
    await checked(page, /1 error/);
    await expect(problems(page).first()).toContainText('E0101');
    await expect(problems(page).first()).toContainText("There is no stage, level, outcome or exit called 'stepp3'. Did you mean 'step3'?");
    await expect(problems(page).first()).toContainText('Declare it, or correct the spelling of the name.');
    expect(await problems(page).first().locator('a').getAttribute('href')).toBe('/diagnostics/e0101/');
    await expect(page.locator('.cm-lintRange-error')).toHaveCount(1);
    expect(await page.locator('.cm-lintRange-error').textContent()).toBe('stepp3');

    // Fix it and retitle step 2: the flowchart follows the draft.
    await replaceDraft(page, SEFTON.replace('Step 2 – Direct Manager to Manager Discussion', 'Step 2 – Managers talk it through'));
    await checked(page, /0 errors|No problems/);
    await expect(problems(page).filter({ hasText: 'E0101' })).toHaveCount(0);
    await expect.poll(() => flowchart.textContent(), { timeout: 30_000 }).toContain('Managers talk it through');
    expect(await flowchart.textContent()).not.toContain('Direct Manager to Manager Discussion');
    await page.screenshot({ path: join(SCREENSHOTS, 'write-desktop.png'), fullPage: true });

    expect(foreignRequests(v.requests, served.origin)).toEqual([]);
    expect(v.pageErrors).toEqual([]);
    expect(v.consoleErrors).toEqual([]);
    await v.close();
  });

  it('reports a total that no longer adds up, and saves the corrected draft to the device', async () => {
    const v = await visit(served.session.browser, served.url('/write/'), PHONE);
    const { page } = v;
    await checked(page, /No problems/);
    const longer = SEFTON.replace('deadline within a further 2 working days of step1', 'deadline within a further 3 working days of step1');
    await replaceDraft(page, longer);
    await checked(page, /1 error/);
    await expect(problems(page).first()).toContainText('E0301');
    await expect(problems(page).first()).toContainText('The stated total is 4 working days, but the timescales add up to 5 working days.');

    const fixed = longer.replace('      total 4 working days\n      cite step2_time', '      total 5 working days\n      cite step2_time');
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
    // Not asked to keep the draft: nothing in this browser's storage.
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(foreignRequests(v.requests, served.origin)).toEqual([]);
    await v.close();
  });

  it('keeps the draft in the browser only while asked to', async () => {
    const v = await visit(served.session.browser, served.url('/write/'), DESKTOP);
    const { page } = v;
    await checked(page, /No problems/);
    await page.getByLabel('Keep my draft in this browser').check();
    await replaceDraft(page, `${SEFTON}\n// my change\n`);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('stepladder:draft'))).toContain('// my change');
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => draftText(page)).toContain('// my change');
    await page.getByLabel('Keep my draft in this browser').uncheck();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
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
  });

  it('has no automatically detectable accessibility problems', async () => {
    const v = await visit(served.session.browser, served.url('/write/'), DESKTOP);
    await checked(v.page, /No problems/);
    const results = await new AxeBuilder({ page: v.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((r) => `${r.id}: ${r.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await v.close();
  });
});
