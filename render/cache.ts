// Content-hash cache for rendered artefacts (SVG, PNG, PDF) under the build folder. A rendering is
// reused only when the hash of everything that produced it matches, and entries are written to a
// temporary name and renamed, so a killed build never leaves a half-written entry behind.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
      return existsSync(path) ? readFileSync(path) : null;
    },
    put(kind, key, contents) {
      const path = pathOf(kind, key);
      mkdirSync(join(dir, kind), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, contents);
      renameSync(temporary, path);
    },
  };
}

/** A cache that remembers nothing, for tests and one-off renders. */
export function noCache(): RenderCache {
  return { get: () => null, put: () => {} };
}
