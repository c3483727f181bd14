// One page load in Chromium for the site benches: what the page fetched (from the local server's own
// count of the bytes it sent) and its largest contentful paint, optionally on an emulated network
// (Chrome DevTools Protocol: Network.emulateNetworkConditions, CPU not throttled). Each load has a
// fresh context and the cache off, so it is a first visit.
import type { Browser } from 'playwright-core';
import type { DistServer, Sent } from './serve-dist.ts';

export interface Viewport {
  width: number;
  height: number;
}

export const PHONE: Viewport = { width: 390, height: 844 };
export const DESKTOP: Viewport = { width: 1280, height: 900 };

/** Issue 16's network: 1.6 Mbps down, 150 ms round trip (the "slow 4G" of page-speed tools; 750 kbps up). */
export const SLOW_4G = { latencyMs: 150, downloadBitsPerSecond: 1.6e6, uploadBitsPerSecond: 750e3 };
export type Network = typeof SLOW_4G;

export interface PageLoad {
  /** Largest contentful paint after navigation started, in ms, or null if the page painted none. */
  lcpMs: number | null;
  /** What the LCP element was: tag and class, for the report. */
  lcpElement: string | null;
  /** Every response the server sent for this load, up to network idle. */
  sent: Sent[];
}

// Runs in the page before its own scripts: keeps the latest LCP candidate where the bench can read it.
const OBSERVE_LCP = `
  window.__lcp = null;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const el = entry.element;
      window.__lcp = { ms: entry.startTime, element: el ? el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '') : null };
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
`;

export async function loadPage(browser: Browser, server: DistServer, path: string, viewport: Viewport, network?: Network): Promise<PageLoad> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    if (network) {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: network.latencyMs,
        downloadThroughput: network.downloadBitsPerSecond / 8,
        uploadThroughput: network.uploadBitsPerSecond / 8,
      });
    }
    await page.addInitScript(OBSERVE_LCP);
    server.reset();
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const lcp = (await page.evaluate('window.__lcp')) as { ms: number; element: string | null } | null;
    return { lcpMs: lcp?.ms ?? null, lcpElement: lcp?.element ?? null, sent: server.sent() };
  } finally {
    await context.close();
  }
}

/** Bytes on the wire by kind (html, css, js, woff2, svg…) and in all. */
export function bytesByKind(sent: readonly Sent[]): { kinds: Record<string, number>; total: number } {
  const kinds: Record<string, number> = {};
  for (const s of sent) kinds[s.type] = (kinds[s.type] ?? 0) + s.bytes;
  return { kinds, total: sent.reduce((n, s) => n + s.bytes, 0) };
}

/** The median of a list of numbers (the benches repeat each load and report the middle one). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
