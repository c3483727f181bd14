// Runs a command as a child process and measures its wall time and peak memory: the memory of the
// whole process tree (the build's Node and the Chromium it starts), sampled from /proc every 200 ms,
// since `/usr/bin/time -v` is not on every machine and a child's own maxRSS leaves Chromium out.
// Each process counts its proportional set size (PSS, /proc/<pid>/smaps_rollup): Chromium's
// processes share most of their pages, and adding up their resident sizes would count those pages
// once per process. On a system without /proc the peak is reported as unknown.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { childEnv } from '../test/site/fixture-site.ts';
import { processTree } from './process-tree.ts';

export interface TimedRun {
  seconds: number;
  /** Peak memory (PSS) of the child and its descendants together, in bytes (null: no /proc). */
  peakTreeBytes: number | null;
  output: string;
}

/** A process's proportional set size in bytes, or 0 if it ended or cannot be read. */
function pssBytes(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    return Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** Memory (PSS) of `root` and every process below it, from one pass over /proc. */
function treeResidentBytes(root: number): number | null {
  const tree = processTree(root);
  if (!tree) return null;
  let total = 0;
  for (const pid of tree.keys()) total += pssBytes(pid);
  return total;
}

/** Runs `process.execPath args` (Node 24, like the tests) to completion; throws if it fails. */
export function timedNode(args: string[], env: Record<string, string> = {}, cwd?: string): Promise<TimedRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { cwd, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let peak: number | null = 0;
    const sample = () => {
      const now = child.pid === undefined ? null : treeResidentBytes(child.pid);
      peak = now === null || peak === null ? null : Math.max(peak, now);
    };
    const timer = setInterval(sample, 200);
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - start) / 1000;
      if (code !== 0) reject(new Error(`${args.join(' ')} exited ${code}:\n${output}`));
      else resolve({ seconds, peakTreeBytes: peak, output });
    });
  });
}
