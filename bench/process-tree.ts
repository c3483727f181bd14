// The processes below a root process (the build's Node and the Chromium it starts), read from /proc:
// what the benches measure memory and CPU over, whichever process did the work. Linux only; where
// there is no /proc, `processTree` answers null and the benches report the figure as unknown.
import { readdirSync, readFileSync } from 'node:fs';

/** The fields of /proc/<pid>/stat after the command name: [state, ppid, …, utime (11), stime (12), …]. */
export type StatFields = string[];

function statFields(pid: string): StatFields | undefined {
  try {
    // The name field may hold spaces and parentheses: fields after the last ')' are fixed.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined; // the process ended between the listing and the read
  }
}

/** `root` and every live process below it, with their stat fields, from one pass over /proc. */
export function processTree(root: number): Map<number, StatFields> | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return null;
  }
  const all = new Map<number, StatFields>();
  for (const entry of entries) {
    const fields = statFields(entry);
    if (fields) all.set(Number(entry), fields);
  }
  const tree = new Map<number, StatFields>();
  for (const [pid, fields] of all) {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = Number(all.get(p)?.[1] ?? 0)) {
      if (p === root) {
        tree.set(pid, fields);
        break;
      }
    }
  }
  return tree;
}
