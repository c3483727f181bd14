// One headless Chromium per build, shared by every renderer (flowcharts, PDFs). Node-only.
// We drive the system's Chromium through playwright-core: no browser download is possible here,
// and one long-lived browser is what makes rendering many diagrams fast.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { mergedFeatureArguments, playwrightFeatureSwitch } from './chromium-features.ts';

export const CHROMIUM_ENV = 'STEPLADDER_CHROMIUM';

/** Where we look for a browser, in order, when the environment variable does not name one. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

// Flags verified on Debian as root: no sandbox (root), and no background traffic on a closed network.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];

export class BrowserNotFoundError extends Error {
  readonly looked: string[];
  constructor(looked: string[]) {
    super(
      [
        'No Chromium was found, so flowcharts and PDFs were not rendered.',
        `Looked in: ${looked.join(', ')}.`,
        'Install one with `apt-get install -y chromium` (Debian/Ubuntu),',
        `or point at one with ${CHROMIUM_ENV}=/path/to/chromium.`,
      ].join(' '),
    );
    this.name = 'BrowserNotFoundError';
    this.looked = looked;
  }
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env[CHROMIUM_ENV];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new BrowserNotFoundError([`${CHROMIUM_ENV}=${fromEnv}`]);
  }
  const found = CHROMIUM_CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new BrowserNotFoundError(CHROMIUM_CANDIDATES);
  return found;
}

export interface BrowserSession {
  browser: Browser;
  executablePath: string;
  close(): Promise<void>;
}

/** Launches the one browser of a build. Throws BrowserNotFoundError when none is installed. */
export async function openBrowser(env: NodeJS.ProcessEnv = process.env): Promise<BrowserSession> {
  const executablePath = findChromium(env);
  // playwright gives each launch a throwaway profile, so builds never write to ~/.config/chromium.
  const features = mergedFeatureArguments(await playwrightFeatureSwitch());
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, ...features.args],
    ignoreDefaultArgs: features.ignoreDefaultArgs,
  });
  return {
    browser,
    executablePath,
    close: () => browser.close(),
  };
}
