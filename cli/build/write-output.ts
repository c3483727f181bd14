// Writes one protocol's outputs atomically: everything goes to a staging folder first and replaces
// the previous folder in one rename, so a failed or killed build leaves the previous outputs whole.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EmittedFile } from '../../compiler/emitters/types.ts';

export function writeProtocolFolder(outDir: string, id: string, files: EmittedFile[], keepFromPrevious: string[] = []): void {
  const target = join(outDir, id);
  const staging = join(outDir, `.staging-${id}-${process.pid}`);
  const retired = join(outDir, `.retired-${id}-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const path = join(staging, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
  }
  // Renders that failed this time keep their last good version rather than vanishing.
  for (const relative of keepFromPrevious) {
    const previous = join(target, relative);
    if (existsSync(previous) && !existsSync(join(staging, relative))) {
      mkdirSync(dirname(join(staging, relative)), { recursive: true });
      writeFileSync(join(staging, relative), readFileSync(previous));
    }
  }
  if (existsSync(target)) renameSync(target, retired);
  renameSync(staging, target);
  rmSync(retired, { recursive: true, force: true });
}

/** Writes a single file atomically (temporary name, then rename). */
export function writeFileAtomic(path: string, contents: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}
