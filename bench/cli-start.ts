// How long the `stepladder` command takes to start: each command line run as a fresh process, the way
// a policy team runs it from the repository (bin/stepladder.js, the TypeScript sources, Node 24),
// median of RUNS (default 9, or CLI_START_RUNS) runs, beside a bare `node -e 0` (the floor no
// command can go below). Each command loads its work only when it runs (cli/run/), so `--version`
// and `--help` should sit near the floor and `check` should pay for the compiler, not for the
// emitters or the browser driver. No target in issue 16; reported, never enforced.
// Run: `npx node bench/cli-start.ts`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = join(import.meta.dirname, '..');
const runs = Number(process.env.CLI_START_RUNS ?? 9);
const bin = join(root, 'bin', 'stepladder.js');
const out = mkdtempSync(join(tmpdir(), 'stepladder-cli-start-'));

const lines: Array<[string, string[]]> = [
  ['node -e 0 (the floor)', ['-e', '0']],
  ['stepladder --version', [bin, '--version']],
  ['stepladder --help', [bin, '--help']],
  ['stepladder check protocols/sefton.protocol', [bin, 'check', 'protocols/sefton.protocol']],
  ['stepladder check (the five seeds)', [bin, 'check']],
  ['stepladder build --no-render (the five seeds)', [bin, 'build', '--no-render', '--out', join(out, 'build')]],
];

function medianMs(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } });
    times.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

try {
  console.log(`## CLI start-up (ms, median of ${runs} runs; Node ${process.versions.node})\n`);
  console.log('| command line | ms |\n| --- | ---: |');
  for (const [name, args] of lines) console.log(`| ${name} | ${medianMs(args).toFixed(0)} |`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
