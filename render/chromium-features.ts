// Chromium features the build turns off, on top of the ones Playwright turns off.
//
// Chromium 156 opens a WebUI omnibox popup (its own renderer process, running the "AI mode" search
// box's scripts) for every window, even headless. Every page Playwright opens in a new context is a
// new window, so each of the build's render and raster pages came with one, and on a two-core machine
// they took more CPU than Mermaid while the pages opened (traced: docs/benchmarks.md, 2026-12-02
// "Chromium's omnibox popups"). Puppeteer, which `mmdc` uses, turns the same two features off.
//
// Chromium keeps only the last `--disable-features=` switch, so adding ours would silently turn back on
// everything Playwright's own switch turns off (HTTP navigations were upgraded to HTTPS when we tried).
// So we drop Playwright's switch and pass one with both lists.
import { createRequire } from 'node:module';

/** Turned off in every browser the build launches. */
export const DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'] as const;

const SWITCH = '--disable-features=';

interface ServerBrowserType {
  defaultArgs(options: { args: string[]; headless: boolean }, isPersistent: boolean, userDataDir: string): Promise<string[]> | string[];
}

/**
 * Playwright's own `--disable-features=…` switch for a headless launch, as it will pass it. Read from
 * Playwright's server side, which its public API does not reach: if a Playwright update moves it, this
 * answers undefined and the build launches as before (correct, only slower to open pages), and
 * test/flowchart/chromium-features.test.ts fails so whoever updated Playwright looks again.
 */
export async function playwrightFeatureSwitch(): Promise<string | undefined> {
  try {
    const bundle = createRequire(import.meta.url)('playwright-core/lib/coreBundle') as {
      server?: { createPlaywright?: (options: { sdkLanguage: string }) => { chromium?: ServerBrowserType } };
    };
    const chromium = bundle.server?.createPlaywright?.({ sdkLanguage: 'javascript' }).chromium;
    if (!chromium) return undefined;
    // The folder is only written into the arguments, never touched.
    const args = await chromium.defaultArgs({ args: [], headless: true }, false, '/nonexistent-profile');
    const found = args.filter((arg) => arg.startsWith(SWITCH));
    return found.length === 1 ? found[0] : undefined;
  } catch {
    return undefined;
  }
}

export interface FeatureArguments {
  /** Playwright's switch, to leave out (launch's `ignoreDefaultArgs`); empty when it could not be read. */
  ignoreDefaultArgs: string[];
  /** The one switch to pass instead, or none. */
  args: string[];
}

/** The launch settings that turn off Playwright's features and ours with one switch. */
export function mergedFeatureArguments(playwrightSwitch: string | undefined): FeatureArguments {
  if (!playwrightSwitch) return { ignoreDefaultArgs: [], args: [] };
  const theirs = playwrightSwitch.slice(SWITCH.length).split(',').filter(Boolean);
  const merged = [...new Set([...theirs, ...DISABLED_FEATURES])];
  return { ignoreDefaultArgs: [playwrightSwitch], args: [`${SWITCH}${merged.join(',')}`] };
}
