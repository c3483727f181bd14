// The one browser page that renders every flowchart of a build: Mermaid's bundle loaded once (no
// network: the page and the bundle are answered from memory, every other request is refused), the font
// loaded before anything is measured, then one `mermaid.render()` per diagram (PNGs are drawn on pages
// of their own, render/flowchart-raster.ts). Rendering in a warm page is what makes a build fast: a fresh mmdc
// process per chart pays for a browser, a page and Mermaid's 5 MB bundle every time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { FONT_NAME, FONT_SIZE_PX, MERMAID_CONFIG } from '../compiler/emitters/mermaid/mermaid-theme.ts';
import type { BrowserSession } from './browser.ts';
import { type FontSet, pageFontCss } from './flowchart-fonts.ts';
import { mermaidBundle } from './mermaid-bundle.ts';

const require = createRequire(import.meta.url);

/** Mermaid as the page sees it: only the calls we make. */
interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  parse(text: string): Promise<unknown>;
  render(id: string, text: string): Promise<{ svg: string }>;
}

export function mermaidVersion(): string {
  const pkg = JSON.parse(readFileSync(require.resolve('mermaid/package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** Everything passed to `mermaid.initialize`: strict security, our theme, no auto-start. */
export function initializeConfig(): Record<string, unknown> {
  return { startOnLoad: false, securityLevel: 'strict', htmlLabels: true, ...MERMAID_CONFIG };
}

export interface RenderPage {
  /** Renders one diagram; a diagram Mermaid rejects comes back as `error`, never as an SVG. */
  render(id: string, source: string): Promise<{ svg: string } | { error: string }>;
  /** False once the page is closed or its browser has gone: a kept page is then not used again. */
  alive(): boolean;
  close(): Promise<void>;
}

export const DEVICE_SCALE = 2;
export const MARGIN_PX = 16;
/** Past this a PNG costs seconds and hundreds of megabytes to draw (and Chromium refuses a canvas). */
export const MAX_PNG_PIXELS = 48_000_000;
export const MAX_PNG_SIDE = 16_384;

/**
 * The scale a picture of `width` × `height` CSS pixels is drawn at: DEVICE_SCALE, or less for a
 * chart so large that the PNG would pass MAX_PNG_PIXELS or MAX_PNG_SIDE.
 */
export function pngScale(width: number, height: number): number {
  const fit = Math.min(Math.sqrt(MAX_PNG_PIXELS / (width * height)), MAX_PNG_SIDE / width, MAX_PNG_SIDE / height);
  // Two decimals, rounded down: the same chart always gets the same scale and never passes the limits.
  return Math.min(DEVICE_SCALE, Math.floor(fit * 100) / 100);
}
/** `.invalid` is reserved (RFC 2606): the name cannot reach anyone, should a request ever escape. */
const PAGE_ORIGIN = 'https://render.stepladder.invalid';

function pageHtml(fonts: FontSet): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${pageFontCss(fonts)} body{margin:0;background:#fff}</style>
    <script src="${PAGE_ORIGIN}/mermaid.min.js"></script></head><body></body></html>`;
}

/**
 * Opens a render page. `bundle` is the Mermaid script it loads: the build's (render/mermaid-bundle.ts)
 * unless a test passes the published one, to compare the two.
 */
export async function openRenderPage(session: BrowserSession, fonts: FontSet, bundle: string = mermaidBundle().source): Promise<RenderPage> {
  const context: BrowserContext = await session.browser.newContext();
  // Loading the bundle as a script file rather than injecting it lets Chromium compile it off the main
  // thread: the page opens a third faster.
  const files = new Map<string, { body: string | Buffer; contentType: string }>([
    [`${PAGE_ORIGIN}/`, { body: pageHtml(fonts), contentType: 'text/html; charset=utf-8' }],
    [`${PAGE_ORIGIN}/mermaid.min.js`, { body: bundle, contentType: 'text/javascript; charset=utf-8' }],
  ]);
  await context.route('**/*', (route) => {
    const file = files.get(route.request().url());
    return file ? route.fulfill(file) : route.abort();
  });
  const page: Page = await context.newPage();
  await page.goto(`${PAGE_ORIGIN}/`);
  await page.evaluate(
    async ({ config, font }) => {
      await Promise.all([document.fonts.load(`400 ${font}`), document.fonts.load(`700 ${font}`)]);
      (globalThis as unknown as { mermaid: MermaidApi }).mermaid.initialize(config);
    },
    { config: initializeConfig(), font: `${FONT_SIZE_PX}px "${FONT_NAME}"` },
  );

  return {
    render: (id, source) =>
      page.evaluate(
        async ({ id, source }) => {
          const mermaid = (globalThis as unknown as { mermaid: MermaidApi }).mermaid;
          try {
            // render() parses first and throws on a syntax error, so a rejected diagram never yields an SVG.
            return { svg: (await mermaid.render(id, source)).svg };
          } catch (error) {
            // Mermaid leaves its half-built element behind when it throws.
            document.getElementById(`d${id}`)?.remove();
            document.getElementById(id)?.remove();
            return { error: error instanceof Error ? error.message : String(error) };
          }
        },
        { id, source },
      ),
    alive: () => !page.isClosed() && session.browser.isConnected(),
    close: () => context.close(),
  };
}
