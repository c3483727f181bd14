// Picks up what `stepladder build` rendered with a browser (flowchart SVG/PNG, PDFs) for one protocol.
// A rendering is used only when the file it was made from is byte-for-byte what the protocol compiles
// to now: a flowchart or PDF of an older version must never be published next to the current text.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EmittedFile } from '../../../compiler/emitters/types.ts';

export interface RenderedArtefacts {
  files: EmittedFile[];
  /** Renderings left out because they were made from an older version of the protocol. */
  stale: string[];
  /** Renderings the build folder does not have at all (no browser, or `--no-render`). */
  missing: string[];
}

function sameText(a: string | Uint8Array, b: Buffer): boolean {
  const bytes = typeof a === 'string' ? Buffer.from(a, 'utf8') : Buffer.from(a);
  return bytes.equals(b);
}

/** Only regular files: a link in the build folder could point anywhere, and the site would publish it. */
function readIfExists(path: string): Buffer | null {
  return lstatSync(path, { throwIfNoEntry: false })?.isFile() ? readFileSync(path) : null;
}

/** Which rendered file is made from which emitted file. */
export function renderingsOf(fresh: EmittedFile[]): Array<{ rendered: string; from: string }> {
  const pairs: Array<{ rendered: string; from: string }> = [];
  for (const file of fresh) {
    if (file.path === 'flowchart.mmd') pairs.push({ rendered: 'flowchart.svg', from: file.path }, { rendered: 'flowchart.png', from: file.path });
    else if (/^(briefing|forms\/[^/]+|posters\/[^/]+)\.html$/.test(file.path)) pairs.push({ rendered: file.path.replace(/\.html$/, '.pdf'), from: file.path });
  }
  return pairs;
}

/** Whether each step from `buildDir` down to `parts` is a real folder (a link at any step could lead anywhere). */
function isRealFolder(buildDir: string, parts: string[]): boolean {
  return parts.every((_, i) => lstatSync(join(buildDir, ...parts.slice(0, i + 1)), { throwIfNoEntry: false })?.isDirectory() === true);
}

/**
 * The renderings of `fresh` in `buildDir/<folder>`: a protocol's id for its current version, or
 * `[id, 'versions', slug]` for an earlier version (the build writes it there).
 */
export function collectRendered(buildDir: string, at: string | string[], fresh: EmittedFile[]): RenderedArtefacts {
  const parts = typeof at === 'string' ? [at] : at;
  const folder = join(buildDir, ...parts);
  const result: RenderedArtefacts = { files: [], stale: [], missing: [] };
  if (!isRealFolder(buildDir, parts) || !readdirSync(folder).length) {
    result.missing = renderingsOf(fresh).map((p) => p.rendered);
    return result;
  }
  for (const { rendered, from } of renderingsOf(fresh)) {
    const contents = readIfExists(join(folder, rendered));
    if (!contents) {
      result.missing.push(rendered);
      continue;
    }
    const source = fresh.find((f) => f.path === from)!;
    const built = readIfExists(join(folder, from));
    if (built && sameText(source.contents, built)) result.files.push({ path: rendered, contents: new Uint8Array(contents) });
    else result.stale.push(rendered);
  }
  return result;
}
