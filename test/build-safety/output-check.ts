// What "every previous output is valid" means for a build folder, checked after a killed build: the
// index lists only folders that exist with the files it names, and every protocol folder is exactly
// one complete build of that protocol (byte for byte one of the expected versions).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect } from 'vitest';

export type FolderContents = Map<string, string>;

export function readTree(dir: string): FolderContents {
  const files = new Map<string, string>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, 'latin1'));
    }
  };
  walk(dir);
  return files;
}

/** The protocol folders of a build folder (its dot-entries are the build's own bookkeeping). */
export function protocolFolders(out: string): string[] {
  return readdirSync(out, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
}

/** `versions[id]` holds every complete folder that protocol may validly have. */
export function expectValidOutput(out: string, versions: Record<string, FolderContents[]>): void {
  if (!existsSync(out)) return;
  const folders = protocolFolders(out);
  for (const id of folders) {
    const tree = readTree(join(out, id));
    const known = versions[id];
    expect(known, `unexpected folder ${id}`).toBeDefined();
    const matches = known!.some((v) => v.size === tree.size && [...v].every(([path, bytes]) => tree.get(path) === bytes));
    expect(matches, `${id} is not one complete build`).toBe(true);
  }
  const indexPath = join(out, 'index.json');
  if (existsSync(indexPath)) {
    const index = JSON.parse(readFileSync(indexPath, 'utf8')) as { protocols: Array<{ id: string; files: string[] }> };
    for (const listed of index.protocols) {
      expect(folders, `index.json lists missing ${listed.id}`).toContain(listed.id);
      for (const file of listed.files) expect(existsSync(join(out, listed.id, file)), `${listed.id}/${file}`).toBe(true);
    }
  }
}

/** Leftovers of an interrupted write that a finished build must have cleaned up. */
export function leftovers(out: string): string[] {
  return readdirSync(out).filter((name) => /^\.(staging|retired)-|\.tmp$/.test(name));
}
