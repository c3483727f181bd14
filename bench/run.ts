// `npm run bench`: runs every benchmark in turn and prints their tables. Benchmarks measure speed
// and size goals; they are never part of the test suite.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const benches = ['compiler.ts', 'compiler-phases.ts', 'flowchart.ts', 'site.ts', 'lsp.ts'];
let failed = 0;
for (const bench of benches) {
  const path = join(import.meta.dirname, bench);
  if (!existsSync(path)) continue;
  const result = spawnSync(process.execPath, [path, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
  console.log('');
}
process.exitCode = failed > 0 ? 1 : 0;
