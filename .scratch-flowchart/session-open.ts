import { chromium } from 'playwright-core';
const CHROMIUM_ARGS = ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync','--font-render-hinting=none'];
export type BrowserSession = { browser: import('playwright-core').Browser; executablePath: string; close(): Promise<void> };
export async function openBrowser(): Promise<BrowserSession> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  return { browser, executablePath: '/usr/bin/chromium', close: () => browser.close() };
}
