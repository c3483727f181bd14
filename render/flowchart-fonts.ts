// The flowchart font. Text must be measured in the page with the same font the reader will see, or
// labels overflow their boxes. We load DejaVu Sans from the @fontsource package (so no machine needs it
// installed) into the rendering page, and embed a subset of it (Latin-1 and our symbols, plus any other
// character a chart uses) in each SVG, so the SVG is self-contained and looks the same on a phone as in
// the build.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { FONT_NAME } from '../compiler/emitters/mermaid/mermaid-theme.ts';
import { contentHash, noCache, type RenderCache } from './cache.ts';

export interface FlowchartFont {
  weight: 400 | 700;
  woff2: Uint8Array;
}

export interface FontSet {
  fonts: FlowchartFont[];
  /** Package name and version: part of every cache key, so a font update re-renders the charts. */
  version: string;
}

const require = createRequire(import.meta.url);

export function loadFonts(): FontSet {
  const packageJson = require.resolve('@fontsource/dejavu-sans/package.json');
  const dir = dirname(packageJson);
  const version = (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
  const read = (weight: 400 | 700): FlowchartFont => ({
    weight,
    woff2: readFileSync(join(dir, 'files', `dejavu-sans-latin-${weight}-normal.woff2`)),
  });
  return { fonts: [read(400), read(700)], version: `@fontsource/dejavu-sans@${version}` };
}

function fontFace(weight: number, woff2: Uint8Array): string {
  const data = Buffer.from(woff2).toString('base64');
  return `@font-face{font-family:'${FONT_NAME}';font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${data}) format('woff2');}`;
}

/** CSS that makes the whole font available in the rendering page. */
export function pageFontCss(set: FontSet): string {
  return set.fonts.map((f) => fontFace(f.weight, f.woff2)).join('\n');
}

// Printable ASCII, Latin-1 and the typography and symbols our charts use. Nearly every chart needs
// nothing else, so nearly every chart shares one subset, made once per build instead of once per chart.
const COMMON_CHARACTERS = (() => {
  let chars = '–—‘’“”…·•↔→◷✎€';
  for (let c = 0x20; c < 0x7f; c++) chars += String.fromCharCode(c);
  for (let c = 0xa0; c <= 0xff; c++) chars += String.fromCharCode(c);
  return new Set(chars);
})();

export interface FontEmbedder {
  /** CSS with a subset of each weight covering `characters` (and the common set), to embed in an SVG. */
  cssFor(characters: Iterable<string>): Promise<string>;
}

/** The render cache's kind for embedded font subsets (their CSS), beside the charts' SVGs and PNGs. */
export const FONT_SUBSET_CACHE_KIND = 'flowchart-font-subset';

/**
 * The subsetter's packages and versions: a newer harfbuzz may cut a different subset from the same
 * font, so they are part of every subset's cache key and of the charts' (rendererIdentity).
 */
export function subsetterVersion(): string {
  const fromSubsetter = createRequire(require.resolve('subset-font'));
  return ['subset-font', 'harfbuzzjs', 'fontverter'].map((name) => `${name}@${installedVersion(fromSubsetter, name)}`).join(' ');
}

/** The version of `name` as `from` resolves it, read from its package.json (which its exports may hide). */
function installedVersion(from: NodeJS.Require, name: string): string {
  for (let dir = dirname(from.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
    if (pkg.name === name) return pkg.version;
  }
  throw new Error(`internal: no package.json found for ${name}`);
}

/**
 * Subsets are remembered by character set for the embedder's lifetime (one build), and kept in the
 * render cache between builds: cutting the common subset of both weights takes about 0.2 s (0.7 s
 * in a fresh process), which every rebuild in `stepladder dev` paid before its first chart.
 */
export function fontEmbedder(set: FontSet, cache: RenderCache = noCache()): FontEmbedder {
  const made = new Map<string, Promise<string>>();
  const subsetter = subsetterVersion();
  return {
    cssFor(characters) {
      const all = [...new Set([...COMMON_CHARACTERS, ...characters])].sort().join('');
      let css = made.get(all);
      if (!css) {
        const key = contentHash(set.version, subsetter, all);
        const cached = cache.get(FONT_SUBSET_CACHE_KIND, key);
        css = cached
          ? Promise.resolve(new TextDecoder().decode(cached))
          : Promise.all(set.fonts.map(async (f) => fontFace(f.weight, await subsetFont(f.woff2, all, { targetFormat: 'woff2' })))).then((faces) => {
              const text = faces.join('');
              cache.put(FONT_SUBSET_CACHE_KIND, key, text);
              return text;
            });
        made.set(all, css);
      }
      return css;
    },
  };
}
