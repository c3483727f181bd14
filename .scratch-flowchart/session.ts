// scratch: like openBrowser but without --user-data-dir (playwright refuses it)
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, type BrowserSession } from '/work/main/render/browser.ts';
export async function scratchBrowser(): Promise<BrowserSession> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  return { browser, executablePath: '/usr/bin/chromium', close: () => browser.close() };
}
