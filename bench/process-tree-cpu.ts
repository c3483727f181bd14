// CPU time of this process and of every process it started (Chromium's browser, renderers, GPU and
// utility processes): where a benchmark's work went, whichever process did it. Linux only (/proc);
// elsewhere `readTreeCpu` answers null and the bench leaves the split out.
import { readFileSync } from 'node:fs';
import { processTree } from './process-tree.ts';

export interface ProcessCpu {
  /** Chromium's `--type=` (renderer, gpu-process, utility…), `browser` for its main process, `node` for this one. */
  kind: string;
  /** User plus system CPU time so far, in ms. */
  ms: number;
}

/** Clock ticks per second of /proc's times: 100 on every Linux this project runs on (`getconf CLK_TCK`). */
const TICKS_PER_SECOND = 100;

function kindOf(pid: number, root: number): string {
  if (pid === root) return 'node';
  try {
    // Chromium's zygote-started processes rewrite their command line as one string with spaces, so
    // the switch is looked for anywhere in it rather than as a NUL-separated argument.
    return /--type=([\w-]+)/.exec(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))?.[1] ?? 'browser';
  } catch {
    return 'ended';
  }
}

/** Every live process in this process's tree, by pid. */
export function readTreeCpu(root: number = process.pid): Map<number, ProcessCpu> | null {
  const tree = processTree(root);
  if (!tree) return null;
  const cpu = new Map<number, ProcessCpu>();
  for (const [pid, fields] of tree) {
    cpu.set(pid, { kind: kindOf(pid, root), ms: ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND });
  }
  return cpu;
}

/**
 * CPU spent between two readings, summed by kind of process. Only processes alive at both readings
 * count, so take both while the processes being measured are open.
 */
export function cpuSpent(before: Map<number, ProcessCpu>, after: Map<number, ProcessCpu>): Map<string, number> {
  const byKind = new Map<string, number>();
  for (const [pid, now] of after) {
    const then = before.get(pid);
    if (!then || then.kind !== now.kind) continue;
    byKind.set(now.kind, (byKind.get(now.kind) ?? 0) + (now.ms - then.ms));
  }
  return byKind;
}
