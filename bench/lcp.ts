// Benchmark: largest contentful paint of a protocol page on a slow phone network (issue 16: ≤ 1 s at
// 1.6 Mbps / 150 ms round trip). Builds the seeds' site into a temporary folder (flowcharts rendered,
// as published), serves it on 127.0.0.1, and opens each seed's page in Chromium with the network
// emulated through CDP (CPU not throttled), at phone and desktop widths, a fresh cache each time.
// Prints the median of LCP_RUNS loads (default 3) and what the largest paint was. Reported, never
// enforced: it depends on the machine and its load. `npm run bench` runs it from bench/site.ts, on
// the site that bench has just built.
//   npx node bench/lcp.ts
//   STEPLADDER_SITE_DIST=/tmp/x/dist npx node bench/lcp.ts   measures an already built site instead
import { rmSync } from 'node:fs';
import { openBrowser } from '../render/browser.ts';
import type { Browser } from 'playwright-core';
import { ASTRO_BIN, fixtureFolders, runNode, seedFiles, STEPLADDER_BIN } from '../test/site/fixture-site.ts';
import { DESKTOP, loadPage, median, PHONE, SLOW_4G } from './page-load.ts';
import { serveDist, type DistServer } from './serve-dist.ts';

const TARGET_MS = 1000;
const RUNS = Number(process.env.LCP_RUNS ?? 3);
const seedIds = seedFiles().map((f) => f.split('/').pop()!.replace(/\.protocol$/, ''));

async function builtSite(): Promise<{ dist: string; cleanUp: () => void }> {
  if (process.env.STEPLADDER_SITE_DIST) return { dist: process.env.STEPLADDER_SITE_DIST, cleanUp: () => undefined };
  const site = fixtureFolders(seedFiles(), 'stepladder-bench-lcp-');
  for (const args of [[STEPLADDER_BIN, 'build', site.protocolsDir, '--out', site.buildDir], [ASTRO_BIN, 'build']]) {
    const result = await runNode(args, args[0] === ASTRO_BIN ? site.env : {});
    if (result.code !== 0) throw new Error(`${args.join(' ')} failed:\n${result.output}`);
  }
  return { dist: site.outDir, cleanUp: () => rmSync(site.dir, { recursive: true, force: true }) };
}

/** Prints the LCP table for the seeds' pages of the site `server` serves. */
export async function printLcp(browser: Browser, server: DistServer): Promise<void> {
  console.log(`## Largest contentful paint at ${SLOW_4G.downloadBitsPerSecond / 1e6} Mbps / ${SLOW_4G.latencyMs} ms round trip (target ≤ ${TARGET_MS} ms)`);
  console.log(`Median of ${RUNS} first visits per page; CPU not throttled; served gzipped from 127.0.0.1.\n`);
  // The same page without the network emulation: what the machine's CPU alone costs (a busy machine
  // shows here, not in the network's share).
  console.log('| page | width | LCP | largest paint | bytes until idle | target | LCP, network not emulated |\n| --- | --- | --- | --- | --- | --- | --- |');
  let worst = 0;
  for (const id of seedIds) {
    for (const [name, viewport] of [['phone 390 px', PHONE], ['desktop 1280 px', DESKTOP]] as const) {
      const loads = [];
      for (let i = 0; i < RUNS; i += 1) loads.push(await loadPage(browser, server, `/protocols/${id}/`, viewport, SLOW_4G));
      const lcps = loads.map((l) => l.lcpMs ?? Number.POSITIVE_INFINITY);
      const ms = median(lcps);
      const middle = loads[lcps.indexOf(ms)] ?? loads[0]!;
      const bytes = middle.sent.reduce((n, s) => n + s.bytes, 0);
      worst = Math.max(worst, ms);
      const local = (await loadPage(browser, server, `/protocols/${id}/`, viewport)).lcpMs;
      console.log(
        `| ${id} | ${name} | ${ms.toFixed(0)} ms | ${middle.lcpElement ?? '—'} | ${(bytes / 1024).toFixed(1)} KB | ${ms <= TARGET_MS ? 'met' : 'missed'} | ${local?.toFixed(0) ?? '—'} ms |`,
      );
    }
  }
  console.log(`\nworst median LCP: ${worst.toFixed(0)} ms (target ≤ ${TARGET_MS} ms: ${worst <= TARGET_MS ? 'met' : 'not met'})`);
}

if (import.meta.main) {
  const { dist, cleanUp } = await builtSite();
  const server = await serveDist(dist);
  const session = await openBrowser();
  try {
    await printLcp(session.browser, server);
  } finally {
    await session.close();
    await server.close();
    cleanUp();
  }
}
