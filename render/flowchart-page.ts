// The one browser page that renders every flowchart of a build: Mermaid's bundle injected once (no
// network: every request is refused), the font loaded before anything is measured, then one
// `mermaid.render()` per diagram. Rendering in a warm page is what makes a build fast: a fresh mmdc
// process per chart pays for a browser, a page and Mermaid's 5 MB bundle every time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { FONT_NAME, FONT_SIZE_PX, MERMAID_CONFIG } from '../compiler/emitters/mermaid/mermaid-theme.ts';
import type { BrowserSession } from './browser.ts';
import { type FontSet, pageFontCss } from './flowchart-fonts.ts';

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
  /** PNG of an SVG at the page's device scale, on white with a small margin. */
  screenshot(svg: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

export const DEVICE_SCALE = 2;
const MARGIN_PX = 16;

export async function openRenderPage(session: BrowserSession, fonts: FontSet): Promise<RenderPage> {
  const context: BrowserContext = await session.browser.newContext({ deviceScaleFactor: DEVICE_SCALE, viewport: { width: 1200, height: 900 } });
  await context.route('**/*', (route) => route.abort());
  const page: Page = await context.newPage();
  // Mermaid measures labels in a scratch element it appends to <body>; the frame we photograph comes first,
  // so nothing Mermaid adds can move it.
  await page.setContent(
    `<!doctype html><html><head><meta charset="utf-8"><style>${pageFontCss(fonts)}
      body{margin:0;background:#fff} #frame{position:absolute;left:0;top:0;padding:${MARGIN_PX}px;background:#fff}</style>
      </head><body><div id="frame"></div></body></html>`,
  );
  await page.addScriptTag({ content: readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8') });
  await page.evaluate(
    async ({ config, font }) => {
      await Promise.all([document.fonts.load(`400 ${font}`), document.fonts.load(`700 ${font}`)]);
      (globalThis as unknown as { mermaid: MermaidApi }).mermaid.initialize(config);
    },
    { config: initializeConfig(), font: `${FONT_SIZE_PX}px "${FONT_NAME}"` },
  );
  // Playwright's screenshot API cannot ask Chromium for its fast PNG encoder; the DevTools protocol can.
  const cdp = await context.newCDPSession(page);

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
    async screenshot(svg) {
      const clip = await page.evaluate((svg) => {
        const frame = document.getElementById('frame') as HTMLElement;
        frame.innerHTML = svg;
        const el = frame.querySelector('svg') as SVGSVGElement;
        const box = el.viewBox.baseVal;
        // Mermaid sizes the SVG to its container (width 100%, max-width); pin it to its natural size.
        el.setAttribute('width', String(box.width));
        el.setAttribute('height', String(box.height));
        el.style.maxWidth = 'none';
        const rect = frame.getBoundingClientRect();
        return { x: 0, y: 0, width: Math.ceil(rect.width), height: Math.ceil(rect.height) };
      }, svg);
      // Capturing beyond the viewport drops the context's device scale, so the clip asks for it itself.
      const shot = (await cdp.send('Page.captureScreenshot', {
        format: 'png',
        clip: { ...clip, scale: DEVICE_SCALE },
        captureBeyondViewport: true,
        optimizeForSpeed: true,
      } as Parameters<typeof cdp.send<'Page.captureScreenshot'>>[1])) as { data: string };
      return new Uint8Array(Buffer.from(shot.data, 'base64'));
    },
    async close() {
      await cdp.detach();
      await context.close();
    },
  };
}
