// The flowchart font. Text must be measured in the page with the same font the reader will see, or
// labels overflow their boxes. We load DejaVu Sans from the @fontsource package (so no machine needs it
// installed) into the rendering page, and embed a subset of it (Latin-1 and our symbols, plus any other
// character a chart uses) in each SVG, so the SVG is self-contained and looks the same on a phone as in
// the build.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { FONT_NAME } from '../compiler/emitters/mermaid/mermaid-theme.ts';

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

/** Subsets are remembered by character set for the embedder's lifetime (one build). */
export function fontEmbedder(set: FontSet): FontEmbedder {
  const made = new Map<string, Promise<string>>();
  return {
    cssFor(characters) {
      const all = [...new Set([...COMMON_CHARACTERS, ...characters])].sort().join('');
      let css = made.get(all);
      if (!css) {
        css = Promise.all(set.fonts.map(async (f) => fontFace(f.weight, await subsetFont(f.woff2, all, { targetFormat: 'woff2' })))).then(
          (faces) => faces.join(''),
        );
        made.set(all, css);
      }
      return css;
    },
  };
}
