// The flowchart font, served once for the whole site. Each rendered SVG embeds a subset of DejaVu Sans
// so it stands alone as a download; inlined in a page, those ~45 KB (gzipped) would be sent again with
// every protocol page. The site strips the embedded faces from the inline copy and declares the same
// family once, from one subset file per weight that covers every character of every published chart,
// which the browser caches across pages. Metrics are DejaVu's either way, so the labels fit their boxes
// exactly as the renderer measured them.
import { loadFonts } from '../../../render/flowchart-fonts.ts';
import { svgTextCharacters } from '../../../render/flowchart-svg.ts';
import subsetFont from 'subset-font';
import { FONT_NAME } from '../../../compiler/emitters/mermaid/mermaid-theme.ts';

export const FLOWCHART_FONT_WEIGHTS = [400, 700] as const;
export type FlowchartFontWeight = (typeof FLOWCHART_FONT_WEIGHTS)[number];

/** Where the site serves the subset of one weight, under the site's base path. */
export function flowchartFontPath(base: string, weight: FlowchartFontWeight): string {
  return `${base.endsWith('/') ? base : `${base}/`}fonts/flowchart-${weight}.woff2`;
}

/** The SVG without the @font-face rules the renderer embedded (its own styles and text stay). */
export function withoutEmbeddedFonts(svg: string): string {
  // Our renderer writes each face as one rule whose data is base64, which has no braces.
  return svg.replace(/@font-face\s*\{[^{}]*\}/g, '');
}

/** The @font-face rules a page with an inline chart declares instead. */
export function flowchartFontFaces(base: string): string {
  return FLOWCHART_FONT_WEIGHTS.map(
    (weight) =>
      `@font-face{font-family:'${FONT_NAME}';font-style:normal;font-weight:${weight};font-display:swap;` +
      `src:url('${flowchartFontPath(base, weight)}') format('woff2');}`,
  ).join('\n');
}

// Printable ASCII and Latin-1: what protocol text is nearly always written in, whatever the charts say.
const BASE_CHARACTERS = (() => {
  let chars = '';
  for (let c = 0x20; c < 0x7f; c++) chars += String.fromCharCode(c);
  for (let c = 0xa0; c <= 0xff; c++) chars += String.fromCharCode(c);
  return chars;
})();

// What the site's subset keeps. No hinting: the TrueType instructions (fpgm, prep, cvt) are half the
// file (22 KB of the regular weight's 22 KB became 11 KB without them, then 9.5 KB), and browsers on
// phones and Macs ignore them; Windows draws the unhinted outlines with its own smoothing. Of the
// layout features, only those that move glyphs in running text: kerning and mark placement. The
// chart's own CSS turns ligatures off, so their glyphs and substitutions would be dead weight. The
// renderer measured the labels with kerning on and ligatures off, so the widths are the same.
const SITE_SUBSET = { noHinting: true, keepFeatures: ['kern', 'mark', 'mkmk', 'ccmp'] } as const;

/**
 * The subset of one weight covering every character the given charts show: WOFF2 for the site,
 * or plain TrueType (`'sfnt'`) for tests that read its tables.
 */
export async function flowchartFontSubset(
  svgs: readonly string[],
  weight: FlowchartFontWeight,
  format: 'woff2' | 'sfnt' = 'woff2',
): Promise<Uint8Array<ArrayBuffer>> {
  const font = loadFonts().fonts.find((f) => f.weight === weight);
  if (!font) throw new Error(`The flowchart font has no weight ${weight}.`);
  const characters = new Set(BASE_CHARACTERS);
  for (const svg of svgs) for (const c of svgTextCharacters(svg)) characters.add(c);
  const text = [...characters].sort().join('');
  return new Uint8Array(await subsetFont(Buffer.from(font.woff2), text, { targetFormat: format, ...SITE_SUBSET, keepFeatures: [...SITE_SUBSET.keepFeatures] }));
}
