// PNGs of finished flowchart SVGs, drawn on pages of their own (no Mermaid, no network) so the render
// pages go straight on to their next diagram. The build opens one raster page per render page: a
// single one was the pipeline's bottleneck (measured, docs/benchmarks.md "Flowcharts").
//
// The picture is the published SVG itself, drawn as an image onto a canvas: an image can run no script
// and fetch nothing, whatever the SVG says, and it embeds its own font, so any page draws it the same.
// The PNG comes back as the canvas's Blob read through the DevTools protocol's IO domain rather than
// as a base64 string returned by `evaluate`: serialising a megabyte-long string out of the page cost
// more CPU than encoding the PNG.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { BrowserSession } from './browser.ts';
import { MARGIN_PX, pngScale } from './flowchart-page.ts';
import { rasterSize } from './flowchart-svg.ts';

export interface RasterPage {
  /**
   * PNG of a finished, self-contained SVG (its font embedded) at DEVICE_SCALE (less for a huge chart,
   * see pngScale), on white with a margin of MARGIN_PX.
   */
  rasterize(svg: string): Promise<Uint8Array>;
  /** False once the page is closed or its browser has gone: a kept page is then not used again. */
  alive(): boolean;
  close(): Promise<void>;
}

interface DrawRequest {
  sized: string;
  width: number;
  height: number;
  scale: number;
  margin: number;
}

/** Runs in the page: draws the SVG and resolves to its PNG as a Blob (null if the canvas gave none). */
async function drawPng({ sized, width, height, scale, margin }: DrawRequest): Promise<Blob | null> {
  const image = new Image();
  // A data: URL, not a blob: URL: an SVG image from a blob: URL taints the canvas in Chromium.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sized)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil((width + 2 * margin) * scale);
  canvas.height = Math.ceil((height + 2 * margin) * scale);
  const context = canvas.getContext('2d') as CanvasRenderingContext2D;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(scale, scale);
  context.drawImage(image, margin, margin, width, height);
  // toBlob writes the same bytes as toDataURL in about a third of the time (measured).
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

/** Reads a Blob held in the page, by its remote object id, through the protocol's IO stream. */
async function readBlob(cdp: CDPSession, objectId: string): Promise<Uint8Array> {
  const { uuid } = await cdp.send('IO.resolveBlob', { objectId });
  const handle = `blob:${uuid}`;
  const parts: Buffer[] = [];
  try {
    for (;;) {
      const chunk = await cdp.send('IO.read', { handle, size: 16 << 20 });
      parts.push(Buffer.from(chunk.data, chunk.base64Encoded ? 'base64' : 'utf8'));
      if (chunk.eof) break;
    }
  } finally {
    await cdp.send('IO.close', { handle });
  }
  return new Uint8Array(Buffer.concat(parts));
}

async function rasterizeOn(cdp: CDPSession, svg: string): Promise<Uint8Array> {
  const { sized, width, height } = rasterSize(svg);
  const request: DrawRequest = { sized, width, height, scale: pngScale(width + 2 * MARGIN_PX, height + 2 * MARGIN_PX), margin: MARGIN_PX };
  const evaluated = await cdp.send('Runtime.evaluate', {
    // The request goes in as JSON, a literal: no part of the SVG is ever read as script.
    expression: `(${drawPng.toString()})(${JSON.stringify(request)})`,
    awaitPromise: true,
    returnByValue: false,
  });
  if (evaluated.exceptionDetails) {
    throw new Error(`drawing the PNG failed: ${evaluated.exceptionDetails.exception?.description ?? evaluated.exceptionDetails.text}`);
  }
  const objectId = evaluated.result.objectId;
  if (!objectId || evaluated.result.className !== 'Blob') throw new Error('the browser did not return a PNG');
  try {
    return await readBlob(cdp, objectId);
  } finally {
    await cdp.send('Runtime.releaseObject', { objectId });
  }
}

export async function openRasterPage(session: BrowserSession): Promise<RasterPage> {
  const context: BrowserContext = await session.browser.newContext();
  await context.route('**/*', (route) => route.abort());
  const page: Page = await context.newPage();
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
  const cdp = await context.newCDPSession(page);
  return {
    rasterize: (svg) => rasterizeOn(cdp, svg),
    alive: () => !page.isClosed() && session.browser.isConnected(),
    close: () => context.close(),
  };
}
