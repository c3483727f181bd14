// The flowchart font the site serves once: the inline chart loses only its embedded @font-face rules,
// pages declare the same family from the shared files, and each shared subset is a WOFF2 that grows
// with the characters the published charts use.
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../render/flowchart-fonts.ts';
import { FONT_NAME } from '../../compiler/emitters/mermaid/mermaid-theme.ts';
import { flowchartFontFaces, flowchartFontPath, flowchartFontSubset, withoutEmbeddedFonts } from '../../site/src/utils/flowchart-font.ts';

const EMBEDDED =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><style>' +
  "@font-face{font-family:'DejaVu Sans';font-style:normal;font-weight:400;src:url(data:font/woff2;base64,d09GMgABAAAA) format('woff2');}" +
  "@font-face{font-family:'DejaVu Sans';font-style:normal;font-weight:700;src:url(data:font/woff2;base64,d09GMgABAAAB) format('woff2');}" +
  '</style><style>#c .node rect{fill:#fff}</style><text>Step 1 {not a rule}</text></svg>';

describe('the inline chart', () => {
  it('loses its embedded faces and nothing else', () => {
    const out = withoutEmbeddedFonts(EMBEDDED);
    expect(out).not.toContain('@font-face');
    expect(out).not.toContain('data:font');
    expect(out).toContain('#c .node rect{fill:#fff}');
    expect(out).toContain('<text>Step 1 {not a rule}</text>');
  });
});

describe('the shared font', () => {
  it('is declared for the chart family from the site base, in both weights', () => {
    const css = flowchartFontFaces('/partnership/');
    expect(css).toContain(`font-family:'${FONT_NAME}'`);
    expect(css).toContain("url('/partnership/fonts/flowchart-400.woff2')");
    expect(css).toContain("url('/partnership/fonts/flowchart-700.woff2')");
    expect(flowchartFontPath('/', 700)).toBe('/fonts/flowchart-700.woff2');
  });

  it('is a WOFF2 subset that covers the characters the charts use', async () => {
    const latin = await flowchartFontSubset(['<svg><text>Step 1</text></svg>'], 400);
    const more = await flowchartFontSubset(['<svg><text>Step 1 → Łódź ✎</text></svg>'], 400);
    expect(new TextDecoder().decode(latin.slice(0, 4))).toBe('wOF2');
    expect(more.length).toBeGreaterThan(latin.length);
    // Far smaller than the two embedded copies every page carried before.
    expect(latin.length).toBeLessThan(40_000);
  });

  it('drops the hinting instructions but keeps kerning (GPOS), so labels keep the widths they were measured with', async () => {
    const font = await flowchartFontSubset(['<svg><text>AVA Step 1</text></svg>'], 400, 'sfnt');
    const tables = sfntTables(font);
    for (const hinting of ['fpgm', 'prep', 'cvt ']) expect(tables).not.toContain(hinting);
    for (const kept of ['glyf', 'hmtx', 'GPOS']) expect(tables).toContain(kept);
    // A subset made with the defaults has them: this test would notice a hinted file.
    const regular = loadFonts().fonts.find((f) => f.weight === 400)!;
    expect(sfntTables(new Uint8Array(await subsetFont(Buffer.from(regular.woff2), 'AVA', { targetFormat: 'sfnt' })))).toContain('fpgm');
  });
});

/** The table tags of a TrueType font (its table directory: a count at byte 4, 16-byte records from byte 12). */
function sfntTables(font: Uint8Array): string[] {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  return Array.from({ length: view.getUint16(4) }, (_, i) => new TextDecoder().decode(font.slice(12 + i * 16, 16 + i * 16)));
}
