// The raster page on its own, in the real Chromium: a finished SVG comes back as a PNG of the expected
// size (2× plus the margin) carried out of the browser intact, the same bytes every time; an SVG the
// browser cannot draw is an error, and the page goes on drawing the next one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVICE_SCALE, MARGIN_PX } from '../../render/flowchart-page.ts';
import { openRasterPage, type RasterPage } from '../../render/flowchart-raster.ts';
import { useBrowser } from '../helpers/use-browser.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** A PNG's chunks in order, checking each length lands on the next chunk: a truncated PNG fails. */
function chunkTypes(png: Uint8Array): string[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const types: string[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    types.push(String.fromCharCode(...png.subarray(at + 4, at + 8)));
    at += 12 + length;
    if (at > png.length) throw new Error('truncated PNG');
  }
  return types;
}

// A checkerboard-ish pattern of many small shapes, so the PNG is large enough to need real compression
// and any corruption on the way out would break its chunks.
function patternSvg(width: number, height: number): string {
  const cells: string[] = [];
  for (let y = 0; y < height; y += 10) {
    for (let x = (y / 10) % 2 === 0 ? 0 : 10; x < width; x += 20) cells.push(`<rect x="${x}" y="${y}" width="10" height="10" fill="#1A4F8B"/>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="100%" viewBox="0 0 ${width} ${height}" style="max-width:${width}px">${cells.join('')}</svg>`;
}

const browser = useBrowser();
let raster: RasterPage;

beforeAll(async () => {
  raster = await openRasterPage(browser());
});

afterAll(async () => {
  await raster?.close();
});

describe('a raster page', () => {
  it('returns a whole PNG at twice the SVG size plus the margin, the same bytes each time', async () => {
    const svg = patternSvg(600, 400);
    const png = await raster.rasterize(svg);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual({ width: (600 + 2 * MARGIN_PX) * DEVICE_SCALE, height: (400 + 2 * MARGIN_PX) * DEVICE_SCALE });
    const types = chunkTypes(png);
    expect(types[0]).toBe('IHDR');
    expect(types.at(-1)).toBe('IEND');
    expect(types).toContain('IDAT');
    expect(Buffer.from(await raster.rasterize(svg)).equals(Buffer.from(png))).toBe(true);
  });

  it('rejects an SVG the browser cannot draw, and draws the next one', async () => {
    await expect(raster.rasterize('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect</svg>')).rejects.toThrow(/drawing the PNG failed/);
    expect(pngSize(await raster.rasterize(patternSvg(40, 20)))).toEqual({ width: (40 + 2 * MARGIN_PX) * DEVICE_SCALE, height: (20 + 2 * MARGIN_PX) * DEVICE_SCALE });
  });
});
