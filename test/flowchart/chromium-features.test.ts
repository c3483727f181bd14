// The build's browser turns off Chromium's per-window omnibox popups (render/chromium-features.ts)
// without turning back on anything Playwright turns off: Chromium keeps only the last
// `--disable-features`, so the two lists must go in one switch.
import { describe, expect, it } from 'vitest';
import { DISABLED_FEATURES, mergedFeatureArguments, playwrightFeatureSwitch } from '../../render/chromium-features.ts';
import { useBrowser } from '../helpers/use-browser.ts';

describe('merging the feature switches', () => {
  it("reads Playwright's own switch (a Playwright update that moves it fails here)", async () => {
    const theirs = await playwrightFeatureSwitch();
    expect(theirs).toMatch(/^--disable-features=\w/);
    // Two that Playwright has long turned off, so the list read is the real one.
    expect(theirs).toContain('HttpsUpgrades');
    expect(theirs).toContain('PaintHolding');
  });

  it('passes one switch with both lists, and leaves out Playwright\'s', () => {
    const merged = mergedFeatureArguments('--disable-features=A,B,WebUIOmniboxPopup');
    expect(merged).toEqual({
      ignoreDefaultArgs: ['--disable-features=A,B,WebUIOmniboxPopup'],
      args: ['--disable-features=A,B,WebUIOmniboxPopup,WebUIOmniboxAimPopup'],
    });
  });

  it("adds nothing when Playwright's switch could not be read (then the launch is as before)", () => {
    expect(mergedFeatureArguments(undefined)).toEqual({ ignoreDefaultArgs: [], args: [] });
  });
});

describe('the launched browser (real Chromium)', () => {
  const browser = useBrowser();

  it('runs with exactly one --disable-features, holding Playwright\'s list and ours', async () => {
    const page = await (await browser().browser.newContext()).newPage();
    try {
      await page.goto('chrome://version');
      const commandLine = (await page.locator('#command_line').textContent()) ?? '';
      const switches = commandLine.split(/\s+/).filter((arg) => arg.startsWith('--disable-features='));
      expect(switches).toHaveLength(1);
      const features = (switches[0] ?? '').slice('--disable-features='.length).split(',');
      const theirs = ((await playwrightFeatureSwitch()) ?? '').slice('--disable-features='.length).split(',');
      expect(features).toEqual(expect.arrayContaining([...theirs, ...DISABLED_FEATURES]));
    } finally {
      await page.context().close();
    }
  });

  it("keeps Playwright's settings in force: an HTTP navigation is not upgraded to HTTPS", async () => {
    const context = await browser().browser.newContext();
    const asked: string[] = [];
    // Every request, HTTP or HTTPS, is answered here: nothing leaves the machine.
    await context.route('**/*', (route) => {
      asked.push(route.request().url());
      return route.fulfill({ body: '<p>here</p>', contentType: 'text/html' });
    });
    try {
      const page = await context.newPage();
      // A reserved name (RFC 2606) that HTTPS-Upgrades treats as a real site, as it does not `.invalid`.
      await page.goto('http://example.com/');
      expect(asked[0]).toBe('http://example.com/');
      expect(page.url()).toBe('http://example.com/');
    } finally {
      await context.close();
    }
  });
});
