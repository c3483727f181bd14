// Renders flowchart.mmd sources to self-contained SVG and PNG in the build's one Chromium, on a pool of
// render pages (one per two cores, page-pool.ts) with the PNGs drawn on as many pages of their own.
// Diagrams whose source (and renderer, Mermaid, font and settings) did not change are served from the
// cache and never reach the browser; when nothing changed, no page is even opened. The bytes do not
// depend on the page count.
import { contentHash, type RenderCache } from './cache.ts';
import type { BrowserSession } from './browser.ts';
import { type FontEmbedder, fontEmbedder, loadFonts, subsetterVersion } from './flowchart-fonts.ts';
import { DEVICE_SCALE, initializeConfig, MARGIN_PX, MAX_PNG_PIXELS, MAX_PNG_SIDE, mermaidVersion, openRenderPage, type RenderPage } from './flowchart-page.ts';
import { openRasterPage } from './flowchart-raster.ts';
import { type KeptPages, leasePages } from './kept-pages.ts';
import { dealTo, renderPageCount, workerQueue } from './page-pool.ts';
import { cleanSvg, embedStyle, svgTextCharacters } from './flowchart-svg.ts';

export interface FlowchartDiagram {
  /** The caller's name for the diagram (the protocol id); returned as given. */
  key: string;
  source: string;
}

export interface FlowchartRendering {
  key: string;
  svg?: string;
  png?: Uint8Array;
  /** Why Mermaid rejected the diagram. Never set together with svg/png. */
  error?: string;
  /** Set when the source is over Mermaid's text limit (then `error` is set too). */
  tooLarge?: { size: number; limit: number };
}

/**
 * Mermaid's default `maxTextSize`. Over it, Mermaid does not throw: it draws a picture of the words
 * "Maximum text size in diagram exceeded", which must never be published as the flowchart.
 */
export const MERMAID_MAX_TEXT_SIZE = 50_000;
const TOO_LARGE_PICTURE = 'Maximum text size in diagram exceeded';

/** Whether Mermaid answered `source` with its "too large" error picture instead of the chart. */
export function isTooLargePicture(source: string, svg: string): boolean {
  return source.length > MERMAID_MAX_TEXT_SIZE && svg.includes(TOO_LARGE_PICTURE);
}

/** Bump when this renderer's output changes for the same source, so caches are refreshed. */
export const FLOWCHART_RENDERER_VERSION = '2';

export const CACHE_KINDS = { svg: 'flowchart-svg', png: 'flowchart-png' } as const;

/** Everything but the source that shapes a rendering: part of every cache key. */
export function rendererIdentity(fontVersion: string): string {
  return [
    `stepladder-flowchart@${FLOWCHART_RENDERER_VERSION}`,
    `mermaid@${mermaidVersion()}`,
    JSON.stringify(initializeConfig()),
    fontVersion,
    subsetterVersion(),
    `scale=${DEVICE_SCALE}`,
    `margin=${MARGIN_PX}`,
    `max-png=${MAX_PNG_PIXELS}/${MAX_PNG_SIDE}`,
  ].join('\n');
}

/** The cache key of one diagram: its source and the renderer's identity. */
export function flowchartHash(source: string, identity: string): string {
  return contentHash(identity, source);
}

/** Mermaid's part of one diagram, on a render page: the finished, self-contained SVG or why not. */
async function renderSvg(
  page: RenderPage,
  embedder: FontEmbedder,
  hash: string,
  source: string,
): Promise<{ svg: string } | Omit<FlowchartRendering, 'key'>> {
  // The element id comes from the hash: the same source always gives the same SVG bytes.
  const rendered = await page.render(`flowchart-${hash.slice(0, 12)}`, source);
  if ('error' in rendered) return { error: rendered.error };
  if (isTooLargePicture(source, rendered.svg)) {
    return { error: `${TOO_LARGE_PICTURE} (${source.length} characters)`, tooLarge: { size: source.length, limit: MERMAID_MAX_TEXT_SIZE } };
  }
  try {
    const clean = cleanSvg(rendered.svg);
    return { svg: embedStyle(clean, await embedder.cssFor(svgTextCharacters(clean))) };
  } catch (error) {
    return { error: afterMermaid(error) };
  }
}

function afterMermaid(error: unknown): string {
  return `Rendering failed after Mermaid: ${error instanceof Error ? error.message : String(error)}`;
}

export interface FlowchartRenderOptions {
  /** Render pages to open: one per two cores by default (defaultRenderPages: measured faster than one per core). */
  pages?: number;
  /**
   * Pages kept between calls (`stepladder dev`, render/kept-pages.ts): used first, and put back
   * when the call ends, instead of opened and closed by each call.
   */
  keep?: KeptPages;
}

export async function renderFlowcharts(
  session: BrowserSession,
  diagrams: FlowchartDiagram[],
  cache: RenderCache,
  options: FlowchartRenderOptions = {},
): Promise<FlowchartRendering[]> {
  const fonts = loadFonts();
  const identity = rendererIdentity(fonts.version);
  const results: FlowchartRendering[] = [];
  const pending: Array<{ index: number; hash: string; diagram: FlowchartDiagram }> = [];
  diagrams.forEach((diagram, index) => {
    const hash = flowchartHash(diagram.source, identity);
    const svg = cache.get(CACHE_KINDS.svg, hash);
    const png = cache.get(CACHE_KINDS.png, hash);
    if (svg && png) results[index] = { key: diagram.key, svg: new TextDecoder().decode(svg), png: new Uint8Array(png) };
    else pending.push({ index, hash, diagram });
  });
  if (pending.length === 0) return results;

  const embedder = fontEmbedder(fonts, cache);
  const pageCount = renderPageCount(pending.length, options.pages);
  // The pages open together (or come from `keep`), and the font subset nearly every chart shares is
  // made meanwhile. As many raster pages as render pages: drawing and encoding a 2× PNG costs about as
  // much CPU as Mermaid's render, so one raster page was the pipeline's bottleneck (docs/benchmarks.md).
  const [leased, subset] = await Promise.allSettled([
    leasePages({
      count: pageCount,
      fontVersion: fonts.version,
      keep: options.keep,
      openRender: () => openRenderPage(session, fonts),
      openRaster: () => openRasterPage(session),
    }),
    embedder.cssFor([]),
  ]);
  if (leased.status === 'rejected') throw leased.reason;
  const lease = leased.value;
  if (subset.status === 'rejected') {
    await lease.release(false);
    throw subset.reason;
  }
  const { render: pages, raster: rasters } = lease;
  // PNGs are drawn on whichever raster page is free while the render pages go on to the next diagram.
  const drawPng = workerQueue(rasters);
  const pictures: Array<Promise<void>> = [];
  let wentWell = false;
  try {
    await dealTo(pages, pending, async (page, { index, hash, diagram }) => {
      const made = await renderSvg(page, embedder, hash, diagram.source);
      if (!('svg' in made) || made.svg === undefined) {
        results[index] = { key: diagram.key, ...made };
        return;
      }
      const svg = made.svg;
      pictures.push(
        drawPng((raster) => raster.rasterize(svg)).then(
          (png) => {
            cache.put(CACHE_KINDS.svg, hash, svg);
            cache.put(CACHE_KINDS.png, hash, png);
            results[index] = { key: diagram.key, svg, png };
          },
          // Whatever goes wrong after Mermaid, the diagram gets an error and no half-made picture.
          (error: unknown) => {
            results[index] = { key: diagram.key, error: afterMermaid(error) };
          },
        ),
      );
    });
    await Promise.all(pictures);
    wentWell = true;
  } finally {
    await lease.release(wentWell);
  }
  return results;
}
