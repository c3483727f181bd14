// Content-hash cache for rendered artefacts (SVG, PNG, PDF) under the build folder. A rendering is
// reused only when the hash of everything that produced it matches, and entries are written to a
// temporary name and renamed, so a killed build never leaves a half-written entry behind.
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RenderCache {
  get(kind: string, key: string): Uint8Array | null;
  put(kind: string, key: string, contents: string | Uint8Array): void;
}

export function contentHash(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(part);
    hash.update('\0');
  }
  return hash.digest('hex');
}

export function fileCache(dir: string): RenderCache {
  const pathOf = (kind: string, key: string) => join(dir, kind, `${key}`);
  return {
    get(kind, key) {
      const path = pathOf(kind, key);
      // Only a regular file is an entry: a link planted in the cache must not be published as a picture.
      return lstatSync(path, { throwIfNoEntry: false })?.isFile() ? readFileSync(path) : null;
    },
    put(kind, key, contents) {
      const path = pathOf(kind, key);
      mkdirSync(join(dir, kind), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      rmSync(temporary, { force: true });
      writeFileSync(temporary, contents);
      renameSync(temporary, path);
    },
  };
}

/** A cache that remembers nothing, for tests and one-off renders. */
export function noCache(): RenderCache {
  return { get: () => null, put: () => {} };
}
