// Writes one protocol's outputs atomically: everything goes to a staging folder first and replaces
// the previous folder in one rename, so a failed or killed build leaves the previous outputs whole.
// Nothing is carried over from the previous folder: every file in it was made from the current source
// (a picture that could not be made this time is absent, never the last build's).
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EmittedFile } from '../../compiler/emitters/types.ts';

export function writeProtocolFolder(outDir: string, id: string, files: EmittedFile[]): void {
  const target = join(outDir, id);
  const staging = join(outDir, `.staging-${id}-${process.pid}`);
  const retired = join(outDir, `.retired-${id}-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const path = join(staging, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
  }
  let hadPrevious = true;
  try {
    renameSync(target, retired);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    hadPrevious = false;
  }
  renameSync(staging, target);
  if (hadPrevious) rmSync(retired, { recursive: true, force: true });
}

/** Writes a single file atomically (temporary name, then rename). */
export function writeFileAtomic(path: string, contents: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  // A link left under the temporary name would be written through: remove it first.
  rmSync(temporary, { force: true });
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}
