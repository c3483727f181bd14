// Benchmark: does the build scale linearly? Builds N and 2N generated protocols (copies of the seeds:
// levels, urgent routes, forms; test/helpers/generated-protocols.ts), each cold (empty output folder, so every
// flowchart and PDF is rendered) and then the site from it, and prints wall times, the 2N/N ratio
// (issue 16's target: ≤ 2.2× for 100 → 200) and the peak resident memory of each process tree
// (Node and its Chromium, sampled from /proc). Then "edit 1 protocol of N": one protocol's title
// changes and the build runs again on the same output folder; it must render that protocol's
// flowchart and PDFs and nothing else (counted as new entries in the render cache; exit code 1 if not).
//   npx node bench/scale.ts                 N = 100 (and 200), as issue 16 asks; slow (tens of minutes
//                                           on a busy 2-core machine)
//   SCALE_BENCH_N=20 npx node bench/scale.ts   what `npm run bench` runs, to stay within ~10 minutes
//   SCALE_BENCH_SITE=0 …                    leaves the site builds out
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ASTRO_BIN, fixtureFolders, STEPLADDER_BIN, type FixtureSite } from '../test/site/fixture-site.ts';
import { editVariant, writeVariants, type Variant } from '../test/helpers/generated-protocols.ts';
import { timedNode, type TimedRun } from './timed-process.ts';

const TARGET_RATIO = 2.2;
const N = Number(process.env.SCALE_BENCH_N ?? 100);
const WITH_SITE = process.env.SCALE_BENCH_SITE !== '0';

interface Size {
  count: number;
  build: TimedRun;
  site: TimedRun | null;
}

/** Entries in the render cache, by kind (flowchart-svg, flowchart-png, pdf). */
function cacheEntries(buildDir: string): Map<string, Set<string>> {
  const dir = join(buildDir, '.cache');
  const kinds = new Map<string, Set<string>>();
  for (const kind of readdirSync(dir)) kinds.set(kind, new Set(readdirSync(join(dir, kind)).filter((f) => !f.endsWith('.tmp'))));
  return kinds;
}

/** The PDFs the build wrote for one protocol (what re-rendering it must redraw). */
function pdfCount(buildDir: string, id: string): number {
  return readdirSync(join(buildDir, id), { recursive: true }).filter((f) => String(f).endsWith('.pdf')).length;
}

async function buildSize(count: number, keep: boolean): Promise<{ size: Size; site: FixtureSite; variants: Variant[] }> {
  const site = fixtureFolders([], `stepladder-bench-scale-${count}-`);
  const variants = writeVariants(site.protocolsDir, count);
  mkdirSync(site.buildDir);
  const build = await timedNode([STEPLADDER_BIN, 'build', site.protocolsDir, '--out', site.buildDir]);
  const built = WITH_SITE ? await timedNode([ASTRO_BIN, 'build'], site.env) : null;
  if (!keep) rmSync(site.dir, { recursive: true, force: true });
  return { size: { count, build, site: built }, site, variants };
}

const mb = (bytes: number | null) => (bytes === null ? 'unknown' : `${(bytes / 1024 / 1024).toFixed(0)} MB`);
const ratio = (a: number, b: number) => `${(b / a).toFixed(2)}×`;

function printRow(s: Size): void {
  console.log(
    `| ${s.count} | ${s.build.seconds.toFixed(1)} s | ${mb(s.build.peakTreeBytes)} | ${s.site ? `${s.site.seconds.toFixed(1)} s` : '—'} | ${s.site ? mb(s.site.peakTreeBytes) : '—'} |`,
  );
}

// Rows are printed as each size finishes, so a later failure (e.g. another Astro build in the same
// project at the same moment) does not lose the figures already taken.
console.log(`## Scale: ${N} and ${2 * N} generated protocols, cold builds with every flowchart and PDF rendered\n`);
console.log('| protocols | stepladder build | peak memory, PSS (build + Chromium) | astro build | peak memory, PSS (site) |\n| --- | --- | --- | --- | --- |');
const small = await buildSize(N, true);
printRow(small.size);
let exitCode = 0;
try {
  // Edit one protocol of N and build again into the same folder: only its renders may happen.
  const before = cacheEntries(small.site.buildDir);
  const edited = small.variants[Math.floor(N / 2)]!;
  editVariant(edited);
  const rebuild = await timedNode([STEPLADDER_BIN, 'build', small.site.protocolsDir, '--out', small.site.buildDir]);
  const after = cacheEntries(small.site.buildDir);
  const added = (kind: string) => [...(after.get(kind) ?? [])].filter((k) => !before.get(kind)?.has(k)).length;
  const drawn = { charts: added('flowchart-svg'), pngs: added('flowchart-png'), pdfs: added('pdf') };
  const expectedPdfs = pdfCount(small.site.buildDir, edited.id);
  const editMet = drawn.charts === 1 && drawn.pngs === 1 && drawn.pdfs === expectedPdfs;
  if (!editMet) exitCode = 1;
  const editLine =
    `edit 1 protocol of ${N} (${edited.id}), rebuild in ${rebuild.seconds.toFixed(1)} s: drew ${drawn.charts} flowchart SVG, ${drawn.pngs} PNG, ${drawn.pdfs} PDFs ` +
    `(target: 1, 1 and that protocol's ${expectedPdfs}): ${editMet ? 'met' : 'NOT met'}`;

  const large = (await buildSize(2 * N, false)).size;
  printRow(large);
  const buildRatio = large.build.seconds / small.size.build.seconds;
  console.log(`\n${2 * N}/${N} stepladder build: ${ratio(small.size.build.seconds, large.build.seconds)} (target ≤ ${TARGET_RATIO}×: ${buildRatio <= TARGET_RATIO ? 'met' : 'not met'})`);
  if (small.size.site && large.site) {
    const siteRatio = large.site.seconds / small.size.site.seconds;
    console.log(`${2 * N}/${N} astro build: ${ratio(small.size.site.seconds, large.site.seconds)} (target ≤ ${TARGET_RATIO}×: ${siteRatio <= TARGET_RATIO ? 'met' : 'not met'})`);
    const total = (s: Size) => s.build.seconds + (s.site?.seconds ?? 0);
    console.log(`${2 * N}/${N} both: ${ratio(total(small.size), total(large))}`);
  }
  console.log(`\n${editLine}`);
} finally {
  rmSync(small.site.dir, { recursive: true, force: true });
}
process.exitCode = exitCode;
