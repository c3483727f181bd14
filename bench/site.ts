// Benchmark: the seeds' site, built as published (flowcharts and PDFs rendered), then measured in
// Chromium the way a reader meets it. Prints how long the site takes to build, what a protocol page
// costs on the wire before any PDF (everything the browser fetches until the network is idle on a
// first visit, gzipped as a host would send it: HTML with the inline flowchart, CSS, scripts, fonts,
// pictures; issue 16's target is ≤ 60 KB), what the simulator adds when a reader scrolls to it
// (target ≤ 40 KB), and the largest contentful paint on a slow phone network (bench/lcp.ts).
// Run with `npx node bench/site.ts` (or `npm run bench`). The build at scale is bench/scale.ts.
import { readdirSync, rmSync } from 'node:fs';
import { openBrowser } from '../render/browser.ts';
import { ASTRO_BIN, fixtureFolders, runNode, seedFiles, STEPLADDER_BIN, type FixtureSite } from '../test/site/fixture-site.ts';
import { printLcp } from './lcp.ts';
import { bytesByKind, PHONE } from './page-load.ts';
import { serveDist, type DistServer, type Sent } from './serve-dist.ts';
import type { Browser } from 'playwright-core';

const PAGE_TARGET_KB = 60;
const SIMULATOR_TARGET_KB = 40;

async function timed(label: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  const start = performance.now();
  const result = await runNode(args, env);
  if (result.code !== 0) throw new Error(`${label} failed:\n${result.output}`);
  return (performance.now() - start) / 1000;
}

async function buildSite(site: FixtureSite): Promise<{ cli: number; astro: number }> {
  const cli = await timed('stepladder build', [STEPLADDER_BIN, 'build', site.protocolsDir, '--out', site.buildDir]);
  const astro = await timed('astro build', [ASTRO_BIN, 'build'], site.env);
  return { cli, astro };
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
}

/** Starlight's search box loads Pagefind's UI when the browser is idle: not ours, reported apart. */
const isSearchUi = (s: Sent) => /\/pagefind\/|\/ui-core\./.test(s.path);

interface PageCost {
  /** Everything fetched until the network is idle, at the top of the page, without the search UI. */
  page: Sent[];
  search: Sent[];
  /** What scrolling down to the simulator fetched (the island), until it was ready. */
  simulator: Sent[];
}

/** One first visit on a phone: the page as it loads, then the reader scrolls to the simulator. */
async function pageCost(browser: Browser, server: DistServer, path: string): Promise<PageCost> {
  const context = await browser.newContext({ viewport: PHONE });
  try {
    const page = await context.newPage();
    server.reset();
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
    // Starlight asks for its search UI when the browser is idle, which may come after a first quiet moment.
    await page.waitForTimeout(1000);
    await page.waitForLoadState('networkidle');
    const first = server.sent();
    server.reset();
    if ((await page.locator('[data-simulator]').count()) > 0) {
      await page.locator('[data-simulator]').scrollIntoViewIfNeeded();
      await page.locator('[data-simulator-ready]').waitFor();
      await page.waitForLoadState('networkidle');
    }
    const then = server.sent();
    return { page: first.filter((s) => !isSearchUi(s)), search: [...first, ...then].filter(isSearchUi), simulator: then.filter((s) => !isSearchUi(s)) };
  } finally {
    await context.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const seeds = fixtureFolders(seedFiles(), 'stepladder-bench-site-');
try {
  const times = await buildSite(seeds);
  const rebuild = await timed('astro build (again)', [ASTRO_BIN, 'build'], seeds.env);
  console.log('## Site build (the seeds, flowcharts and PDFs rendered)');
  console.log('| protocols | pages | stepladder build | astro build | astro build again |\n| --- | --- | --- | --- | --- |');
  console.log(`| ${seedFiles().length} | ${countPages(seeds.outDir)} | ${times.cli.toFixed(1)} s | ${times.astro.toFixed(1)} s | ${rebuild.toFixed(1)} s |`);

  const server = await serveDist(seeds.outDir);
  const session = await openBrowser();
  try {
    console.log(`\n## Protocol page on a first visit, before PDFs: gzipped bytes on the wire (target ≤ ${PAGE_TARGET_KB} KB; simulator ≤ ${SIMULATOR_TARGET_KB} KB)`);
    console.log('Phone width, until the network is idle at the top of the page; then scrolled to the simulator.\n');
    console.log('| page | HTML | CSS | JS | fonts | images | page total | target | + search UI (idle, Starlight) | + simulator (on scroll) |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    let worst = 0;
    for (const id of seedFiles().map((f) => f.split('/').pop()!.replace(/\.protocol$/, ''))) {
      const cost = await pageCost(session.browser, server, `/protocols/${id}/`);
      const { kinds, total } = bytesByKind(cost.page);
      worst = Math.max(worst, total);
      const images = (kinds.svg ?? 0) + (kinds.png ?? 0);
      const sim = bytesByKind(cost.simulator).total;
      console.log(
        `| ${id} | ${kb(kinds.html ?? 0)} | ${kb(kinds.css ?? 0)} | ${kb(kinds.js ?? 0)} | ${kb(kinds.woff2 ?? 0)} | ${kb(images)} | ${kb(total)} | ` +
          `${total <= PAGE_TARGET_KB * 1024 ? 'met' : 'missed'} | ${kb(bytesByKind(cost.search).total)} | ${kb(sim)} (${sim <= SIMULATOR_TARGET_KB * 1024 ? 'met' : 'missed'}) |`,
      );
    }
    console.log(`\nheaviest protocol page: ${kb(worst)} (target ≤ ${PAGE_TARGET_KB} KB: ${worst <= PAGE_TARGET_KB * 1024 ? 'met' : 'not met'})\n`);
    await printLcp(session.browser, server);
  } finally {
    await session.close();
    await server.close();
  }
} finally {
  rmSync(seeds.dir, { recursive: true, force: true });
}
