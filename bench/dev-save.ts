// Benchmark: the author's loop in `stepladder dev`. After a first build of the seeds, one protocol
// is edited (a stage's title, drawn in the chart and printed in the PDFs) and rebuilt on its own, as
// dev rebuilds a saved file: its flowchart (SVG and PNG) and its PDFs are drawn again. Measured two
// ways in one run, in the same process: each rebuild starting its own Chromium (what dev did before,
// and what a one-off `stepladder build` does), and every rebuild on one kept browser with its pages
// kept warm (render/browser-keeper.ts, what dev does now). Prints the time of each save and the
// median; nothing is enforced.
// Run: `npx node bench/dev-save.ts` (also part of `npm run bench`). SAVES changes the number of saves.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CliIO } from '../cli/io.ts';
import { run } from '../cli/main.ts';
import { browserKeeper } from '../render/browser-keeper.ts';

const SAVES = Number(process.env.SAVES ?? 4);
const EDITED = 'cumberland.protocol';
const root = join(import.meta.dirname, '..');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Milliseconds of the first build and of each save's rebuild, in a folder of its own. */
async function session(kept: boolean): Promise<{ first: number; saves: number[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'stepladder-bench-dev-'));
  try {
    cpSync(join(root, 'protocols'), join(dir, 'protocols'), { recursive: true });
    const io: CliIO = { out: () => {}, err: () => {}, color: false, cwd: dir, env: process.env, progress: false };
    const browser = kept ? browserKeeper(process.env) : undefined;
    const build = async (path: string) => {
      const start = performance.now();
      const code = await run(['build', path, '--out', 'build'], io, { browser });
      if (code !== 0) throw new Error(`stepladder build ${path} exited ${code}`);
      return performance.now() - start;
    };
    try {
      const first = await build('protocols');
      const file = join(dir, 'protocols', EDITED);
      const saves: number[] = [];
      for (let save = 0; save < SAVES; save++) {
        const source = readFileSync(file, 'utf8');
        writeFileSync(file, source.replace(/(\n\s*stage \w+ ")([^"]*)"/, (_, head: string, title: string) => `${head}${title} (edit ${save + 1})"`));
        saves.push(await build(join('protocols', EDITED)));
      }
      return { first, saves };
    } finally {
      await browser?.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fresh = await session(false);
const kept = await session(true);
const s = (ms: number) => (ms / 1000).toFixed(1);
console.log(`## dev: a save's rebuild (${new Date().toISOString().slice(0, 10)}, ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
console.log(`Edit one stage title of ${EDITED} and rebuild it alone, ${SAVES} times, after a first build of the seeds.\n`);
console.log('| each rebuild | first build (s) | each save (s) | median save (s) |\n| --- | ---: | --- | ---: |');
console.log(`| starts its own Chromium | ${s(fresh.first)} | ${fresh.saves.map(s).join(', ')} | ${s(median(fresh.saves))} |`);
console.log(`| on the kept browser and pages (stepladder dev) | ${s(kept.first)} | ${kept.saves.map(s).join(', ')} | ${s(median(kept.saves))} |`);
console.log(`\nA save on the kept browser takes ${(median(kept.saves) / median(fresh.saves) * 100).toFixed(0)}% of one that starts its own.`);
