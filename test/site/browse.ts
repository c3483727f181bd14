// One visit to a page of the built site with everything a test may want to check recorded: console
// errors, uncaught exceptions, script dialogs (alert/confirm/prompt) and every request made.
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface Visit {
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
  requests: string[];
  close(): Promise<void>;
}

/** The axe rule tags every accessibility check runs: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

export async function visit(browser: Browser, url: string, viewport = DESKTOP, colorScheme: 'light' | 'dark' = 'light'): Promise<Visit> {
  const context = await browser.newContext({ viewport, colorScheme });
  const page = await context.newPage();
  const recorded: Omit<Visit, 'context' | 'page' | 'close'> = { consoleErrors: [], pageErrors: [], dialogs: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') recorded.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => recorded.pageErrors.push(error.message));
  page.on('dialog', async (dialog) => {
    recorded.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  context.on('request', (request) => recorded.requests.push(request.url()));
  await page.goto(url, { waitUntil: 'networkidle' });
  return { context, page, ...recorded, close: () => context.close() };
}

/** Requests that left the site's own origin (data: and blob: URLs stay in the page). */
export function foreignRequests(requests: string[], origin: string): string[] {
  return requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob|about):/.test(url));
}
