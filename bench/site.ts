// Benchmark: how long the site takes to build (the five seeds, and 100 generated protocols) and how
// heavy a protocol page is before any PDF (HTML with the inline flowchart, plus the CSS and JS it
// loads up front; target 150 KB). Run with `npx node bench/site.ts` (or `npm run bench`).
// BENCH_SITE_RENDER=1 also renders flowcharts and PDFs for the 100 generated protocols (slow).
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ASTRO_BIN, fixtureFolders, runNode, seedFiles, STEPLADDER_BIN, type FixtureSite } from '../test/site/fixture-site.ts';

const TARGET_KB = 150;
const GENERATED = Number(process.env.BENCH_SITE_PROTOCOLS ?? 100);

async function timed(label: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  const start = performance.now();
  const result = await runNode(args, env);
  if (result.code !== 0) throw new Error(`${label} failed:\n${result.output}`);
  return (performance.now() - start) / 1000;
}

async function buildSite(site: FixtureSite, render: boolean): Promise<{ cli: number; astro: number }> {
  const cli = await timed('stepladder build', [STEPLADDER_BIN, 'build', site.protocolsDir, '--out', site.buildDir, ...(render ? [] : ['--no-render'])]);
  const astro = await timed('astro build', [ASTRO_BIN, 'build'], site.env);
  return { cli, astro };
}

/** Copies of the seeds under new ids and titles, so the site has many distinct protocols. */
function generateVariants(site: FixtureSite, count: number): void {
  for (const file of readdirSync(site.protocolsDir)) rmSync(join(site.protocolsDir, file));
  const seeds = seedFiles().map((path) => ({ id: path.split('/').pop()!.replace(/\.protocol$/, ''), source: readFileSync(path, 'utf8') }));
  for (let i = 0; i < count; i += 1) {
    const seed = seeds[i % seeds.length]!;
    const id = `${seed.id}-v${String(i).padStart(3, '0')}`;
    const source = seed.source
      .replace(new RegExp(`protocol ${seed.id} \\{`), `protocol ${id} {`)
      .replace(/title "([^"]*)"/, (_, title: string) => `title "${title} (variant ${i})"`);
    writeFileSync(join(site.protocolsDir, `${id}.protocol`), source);
  }
}

interface Weight {
  html: number;
  svg: number;
  css: number;
  js: number;
  total: number;
  gzip: number;
}

/** Bytes a browser fetches to show the page: the HTML, its stylesheets and its scripts with their static imports. */
function pageWeight(outDir: string, path: string): Weight {
  const html = readFileSync(join(outDir, path, 'index.html'), 'utf8');
  const svg = /<svg role="img"[\s\S]*?<\/svg>/.exec(html)?.[0].length ?? 0;
  const assets = new Set<string>();
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  const queue = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  while (queue.length > 0) {
    const src = queue.shift()!;
    if (assets.has(src) || !src.startsWith('/')) continue;
    assets.add(src);
    const code = readFileSync(join(outDir, src), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g)) queue.push(new URL(m[1]!, `http://x${src}`).pathname);
  }
  const read = (src: string) => readFileSync(join(outDir, src));
  const cssBytes = styles.map(read);
  const jsBytes = [...assets].map(read);
  const all = [Buffer.from(html), ...cssBytes, ...jsBytes];
  return {
    html: Buffer.byteLength(html),
    svg,
    css: cssBytes.reduce((n, b) => n + b.length, 0),
    js: jsBytes.reduce((n, b) => n + b.length, 0),
    total: all.reduce((n, b) => n + b.length, 0),
    gzip: all.reduce((n, b) => n + gzipSync(b).length, 0),
  };
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const seeds = fixtureFolders(seedFiles(), 'stepladder-bench-site-');
const many = fixtureFolders([], 'stepladder-bench-site-many-');
try {
  const seedTimes = await buildSite(seeds, true);
  const rebuild = await timed('astro build (again)', [ASTRO_BIN, 'build'], seeds.env);
  generateVariants(many, GENERATED);
  const manyTimes = await buildSite(many, process.env.BENCH_SITE_RENDER === '1');

  console.log('## Site build');
  console.log('| site | protocols | pages | stepladder build | astro build |\n| --- | --- | --- | --- | --- |');
  console.log(`| seeds | ${seedFiles().length} | ${countPages(seeds.outDir)} | ${seedTimes.cli.toFixed(1)} s (rendered) | ${seedTimes.astro.toFixed(1)} s (again: ${rebuild.toFixed(1)} s) |`);
  console.log(
    `| generated | ${GENERATED} | ${countPages(many.outDir)} | ${manyTimes.cli.toFixed(1)} s (${process.env.BENCH_SITE_RENDER === '1' ? 'rendered' : '--no-render'}) | ${manyTimes.astro.toFixed(1)} s |`,
  );
  console.log('');
  console.log(`## Protocol page weight before PDFs (target ≤ ${TARGET_KB} KB)`);
  console.log('| page | HTML (of which inline SVG) | CSS | JS | total | gzipped | target |\n| --- | --- | --- | --- | --- | --- | --- |');
  for (const id of seedFiles().map((f) => f.split('/').pop()!.replace(/\.protocol$/, ''))) {
    const w = pageWeight(seeds.outDir, `protocols/${id}`);
    const ok = w.total <= TARGET_KB * 1024 ? 'met' : w.gzip <= TARGET_KB * 1024 ? 'met gzipped only' : 'missed';
    console.log(`| ${id} | ${kb(w.html)} (${kb(w.svg)}) | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.total)} | ${kb(w.gzip)} | ${ok} |`);
  }
  const index = pageWeight(seeds.outDir, '');
  console.log(`| index | ${kb(index.html)} | ${kb(index.css)} | ${kb(index.js)} | ${kb(index.total)} | ${kb(index.gzip)} | — |`);
  console.log(`\nDist folder (seeds): ${(statSync(seeds.outDir).isDirectory() ? countPages(seeds.outDir) : 0)} HTML pages.`);
} finally {
  rmSync(seeds.dir, { recursive: true, force: true });
  rmSync(many.dir, { recursive: true, force: true });
}
