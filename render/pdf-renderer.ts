// Prints HTML printables (the briefing, the blank forms) to A4 PDFs with the build's one Chromium,
// through one page reused for every document. Relative asset URLs are answered from each
// document's assets map and every other request is refused, so printing never reaches the network
// and a printable cannot pull anything in. Results are cached by content hash like the flowcharts,
// and the PDFs' dates are pinned so the same input gives the same bytes. Node-only.
import type { Route } from 'playwright-core';
import type { BrowserSession } from './browser.ts';
import { contentHash, type RenderCache } from './cache.ts';
import { DOCUMENT_URL, assetNameOf, contentTypeOf } from './pdf-assets.ts';
import { type PdfPageSlot, releasePdfPage, takePdfPage } from './kept-pages.ts';
import { countPdfPages, pinPdfDates } from './pdf-bytes.ts';

/** Bump when anything here changes what a PDF looks like; it is part of every cache key. */
export const PDF_RENDERER_VERSION = 'pdf-1';
export const PDF_CACHE_KIND = 'pdf';

export interface PdfDocument {
  /** The caller's name for the document (e.g. `sefton/briefing.pdf`); results carry it back. */
  key: string;
  html: string;
  /** Files the HTML refers to by relative URL, e.g. `{ 'flowchart.svg': '<svg …>' }`. */
  assets?: Record<string, string | Uint8Array>;
}

export interface PdfResult {
  key: string;
  pdf?: Uint8Array;
  pages?: number;
  error?: string;
  /** Requests the document made that were refused (a missing asset, or anything off the print origin). */
  blocked?: string[];
}

export interface Served {
  html: string;
  assets: Record<string, string | Uint8Array>;
  blocked: string[];
}

/** The cache key of one document: its HTML, its assets, this renderer and the browser's version. */
export function pdfCacheKey(document: PdfDocument, browserVersion: string): string {
  const assets = Object.entries(document.assets ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return contentHash(PDF_RENDERER_VERSION, browserVersion, document.html, ...assets.flatMap(([name, body]) => [name, body]));
}

/** Answers one request from the document being printed; refuses everything else. */
function answer(route: Route, served: Served): Promise<void> {
  const url = route.request().url();
  if (url === DOCUMENT_URL) {
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: served.html });
  }
  const name = assetNameOf(url);
  const body = name === null ? undefined : served.assets[name];
  if (name === null || body === undefined) {
    served.blocked.push(url);
    return route.abort('blockedbyclient');
  }
  return route.fulfill({ status: 200, contentType: contentTypeOf(name), body: typeof body === 'string' ? body : Buffer.from(body) });
}

/** A page that prints one document at a time, answering only that document's requests. */
export interface PdfPage {
  print(served: Served): Promise<Uint8Array>;
  /** False once the page is closed or its browser has gone: a kept page is then not used again. */
  alive(): boolean;
  close(): Promise<void>;
}

async function openPdfPage(session: BrowserSession): Promise<PdfPage> {
  // No scripts: printables need none, and protocol text must never be able to run any.
  const context = await session.browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
  const page = await context.newPage();
  // Between documents (and between builds, for a kept page) nothing is being printed: refuse all.
  const current: { served: Served | null } = { served: null };
  await page.route('**/*', (route) => (current.served ? answer(route, current.served) : route.abort('blockedbyclient')));
  return {
    async print(served) {
      current.served = served;
      try {
        await page.goto(DOCUMENT_URL, { waitUntil: 'load' });
        const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
        return pinPdfDates(new Uint8Array(pdf));
      } finally {
        current.served = null;
      }
    },
    alive: () => !page.isClosed() && session.browser.isConnected(),
    close: () => context.close(),
  };
}

export interface PdfRenderOptions {
  /** Where a page is kept between calls (`stepladder dev`, render/kept-pages.ts); a one-off build keeps none. */
  keep?: PdfPageSlot;
}

export async function renderPdfs(session: BrowserSession, documents: PdfDocument[], cache: RenderCache, options: PdfRenderOptions = {}): Promise<PdfResult[]> {
  const browserVersion = session.browser.version();
  const results: PdfResult[] = [];
  const { keep } = options;
  // Opened on the first cache miss only, so a fully cached build never opens a page.
  let page: PdfPage | null = null;
  let wentWell = false;
  try {
    for (const document of documents) {
      const key = pdfCacheKey(document, browserVersion);
      const cached = cache.get(PDF_CACHE_KIND, key);
      if (cached) {
        // A file cache hands back a Buffer; callers get the same type either way.
        const pdf = new Uint8Array(cached.buffer, cached.byteOffset, cached.byteLength);
        results.push({ key: document.key, pdf, pages: countPdfPages(pdf) });
        continue;
      }
      try {
        page ??= await takePdfPage(keep, () => openPdfPage(session));
        const served: Served = { html: document.html, assets: document.assets ?? {}, blocked: [] };
        const pdf = await page.print(served);
        cache.put(PDF_CACHE_KIND, key, pdf);
        const result: PdfResult = { key: document.key, pdf, pages: countPdfPages(pdf) };
        if (served.blocked.length > 0) result.blocked = [...served.blocked];
        results.push(result);
      } catch (error) {
        results.push({ key: document.key, error: error instanceof Error ? error.message : String(error) });
      }
    }
    // A page that failed a document is not trusted with the next build's.
    wentWell = results.every((r) => !r.error);
  } finally {
    if (page) await releasePdfPage(keep, page, wentWell);
  }
  return results;
}
