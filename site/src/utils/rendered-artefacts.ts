// Picks up what `stepladder build` rendered with a browser (flowchart SVG/PNG, PDFs) for one protocol.
// A rendering is used only when the build's record says it was drawn from exactly what the protocol
// compiles to now (the hash in renderings.json, cli/build/renderings.ts): a flowchart or PDF of an
// older version, or of another version of the protocol, must never be published next to the text.
// The record is checked rather than the flowchart.mmd or HTML beside the picture, which says only
// what the build wrote there, not what it drew.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EmittedFile } from '../../../compiler/emitters/types.ts';
import { drawnFromHash, RENDERINGS_FILE, renderingsOf } from '../../../cli/build/renderings.ts';

export interface RenderedArtefacts {
  files: EmittedFile[];
  /** Renderings left out because they were made from an older version of the protocol. */
  stale: string[];
  /** Renderings the build folder does not have at all (no browser, or `--no-render`). */
  missing: string[];
}

/** Only regular files: a link in the build folder could point anywhere, and the site would publish it. */
function readIfExists(path: string): Buffer | null {
  return lstatSync(path, { throwIfNoEntry: false })?.isFile() ? readFileSync(path) : null;
}

/** The build's record of what each rendering in `folder` was drawn from; empty when absent or unreadable. */
function drawnFrom(folder: string): Record<string, unknown> {
  const record = readIfExists(join(folder, RENDERINGS_FILE));
  if (!record) return {};
  try {
    const parsed: unknown = JSON.parse(record.toString('utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
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
  const drawn = drawnFrom(folder);
  for (const { rendered, from } of renderingsOf(fresh)) {
    const contents = readIfExists(join(folder, rendered));
    if (!contents) {
      result.missing.push(rendered);
      continue;
    }
    // What it should have been drawn from now: a PDF that shows the chart, its HTML and flowchart.mmd.
    const sources = from.map((path) => fresh.find((f) => f.path === path));
    const current = sources.every((f) => f !== undefined) && drawn[rendered] === drawnFromHash(...sources.map((f) => f!.contents));
    if (current) result.files.push({ path: rendered, contents: new Uint8Array(contents) });
    else result.stale.push(rendered);
  }
  return result;
}
