// `npm run bench`: runs every benchmark in turn and prints their tables. Benchmarks measure speed
// and size goals; they are never part of the test suite. The whole run is meant to finish in about
// ten minutes on a 2-core machine, so the scale bench runs at SCALE_BENCH_N=10 (10 and 20 protocols)
// unless told otherwise; issue 16's 100 and 200 are `SCALE_BENCH_N=100 npx node bench/scale.ts`
// (docs/benchmarks.md).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const benches = ['compiler.ts', 'compiler-phases.ts', 'compiler-scale.ts', 'flowchart.ts', 'dev-save.ts', 'site.ts', 'scale.ts', 'lsp.ts', 'cli-start.ts'];
let failed = 0;
for (const bench of benches) {
  const path = join(import.meta.dirname, bench);
  if (!existsSync(path)) continue;
  const env = { ...process.env, SCALE_BENCH_N: process.env.SCALE_BENCH_N ?? '10' };
  const result = spawnSync(process.execPath, [path, ...process.argv.slice(2)], { stdio: 'inherit', env });
  if (result.status !== 0) failed += 1;
  console.log('');
}
process.exitCode = failed > 0 ? 1 : 0;
