// The build writes and deletes only inside an output folder it owns. It owns a folder it created
// (marked with OWNER_MARKER), an empty one (it marks it), or one an earlier Stepladder build left
// (index.json listing exactly the protocol folders present): anything else is refused before a byte
// is written. Claiming also finishes what a killed build left half-done (see recoverInterrupted).
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../io.ts';

export const OWNER_MARKER = '.stepladder-output';
const MARKER_TEXT =
  'This folder is written by `stepladder build`, which deletes and replaces what is inside it.\n' +
  'Do not keep your own files here.\n';

/** Files the build itself keeps at the top of its folder, besides one folder per protocol. */
const OWN_FILES = new Set(['index.json', 'schema.json']);
/** Leftovers of an interrupted write: `.staging-<id>-<pid>`, `.retired-<id>-<pid>`, `<file>.<pid>.tmp`. */
const LEFTOVER = /^\.(staging|retired)-(.+)-(\d+)$/;
const TEMPORARY = /^(.+)\.(\d+)\.tmp$/;

function entryKind(path: string): 'missing' | 'directory' | 'file' | 'symlink' | 'other' {
  try {
    const stats = lstatSync(path);
    if (stats.isSymbolicLink()) return 'symlink';
    if (stats.isDirectory()) return 'directory';
    return stats.isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
}

/** A folder written by a Stepladder build from before the marker existed: adopted, not refused. */
function isEarlierBuild(outDir: string, entries: string[]): boolean {
  if (entryKind(join(outDir, 'index.json')) !== 'file') return false;
  let listed: string[];
  try {
    const index = JSON.parse(readFileSync(join(outDir, 'index.json'), 'utf8')) as { formatVersion?: unknown; protocols?: Array<{ id?: unknown }> };
    if (index.formatVersion !== 1 || !Array.isArray(index.protocols)) return false;
    listed = index.protocols.map((p) => String(p.id));
  } catch {
    return false;
  }
  return entries.every(
    (name) => name.startsWith('.') || OWN_FILES.has(name) || (listed.includes(name) && entryKind(join(outDir, name)) === 'directory'),
  );
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Undoes what a build killed mid-write left behind. A kill between the two renames of a protocol's
 * swap leaves its previous folder as `.retired-<id>-<pid>` and no `<id>`: it is put back. Staging
 * folders and temporary files are deleted. Leftovers of a build still running are not touched.
 */
export function recoverInterrupted(outDir: string): string[] {
  const restored: string[] = [];
  const entries = readdirSync(outDir).sort();
  for (const name of entries) {
    const leftover = LEFTOVER.exec(name);
    const temporary = TEMPORARY.exec(name);
    const pid = Number(leftover?.[3] ?? temporary?.[2] ?? NaN);
    if (Number.isNaN(pid) || isRunning(pid)) continue;
    const path = join(outDir, name);
    if (leftover?.[1] === 'retired' && entryKind(join(outDir, leftover[2]!)) === 'missing' && entryKind(path) === 'directory') {
      renameSync(path, join(outDir, leftover[2]!));
      restored.push(leftover[2]!);
    } else {
      rmSync(path, { recursive: true, force: true });
    }
  }
  return restored;
}

/**
 * Makes sure the build may write into `outDir` (creating it if need be), marks it as the build's,
 * and recovers an interrupted earlier build. Throws a UsageError for a folder that is not ours.
 */
export function claimOutputFolder(outDir: string, shownAs: string): void {
  const kind = entryKind(outDir);
  if (kind === 'missing') mkdirSync(outDir, { recursive: true });
  else if (kind === 'symlink' ? !statSync(outDir, { throwIfNoEntry: false })?.isDirectory() : kind !== 'directory') {
    throw new UsageError(`--out '${shownAs}' is not a folder.`);
  }
  const entries = readdirSync(outDir);
  const marked = entryKind(join(outDir, OWNER_MARKER)) === 'file';
  if (!marked && entries.length > 0 && !isEarlierBuild(outDir, entries)) {
    throw new UsageError(
      `--out '${shownAs}' is not empty and was not made by stepladder build, so nothing was written: ` +
        'the build replaces what is inside its output folder. Choose a new or empty folder.',
    );
  }
  if (!marked) writeFileSync(join(outDir, OWNER_MARKER), MARKER_TEXT);
  // The render cache is written into: never through a link to somewhere else.
  if (entryKind(join(outDir, '.cache')) === 'symlink') rmSync(join(outDir, '.cache'));
  recoverInterrupted(outDir);
}
