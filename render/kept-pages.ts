// Flowchart pages kept open from one build to the next, for `stepladder dev`: a saved protocol's
// rebuild then draws its chart on pages that already have Mermaid loaded and warmed up, instead of
// opening a page, loading Mermaid's 5 MB bundle and paying its first render again (about six
// seconds of a one-chart rebuild, measured: docs/benchmarks.md). A one-off build keeps nothing: its
// pages are opened and closed by the call, as before.
//
// A page is kept only after a call that ended normally, and only while it is open; pages made for
// another font set are closed rather than reused. Rendering does not depend on what a page drew
// before (the pool already draws many diagrams on one page, and its bytes do not depend on which
// page drew them), so a kept page gives the same bytes as a new one (test/flowchart/kept-pages.test.ts).
import type { RenderPage } from './flowchart-page.ts';
import type { RasterPage } from './flowchart-raster.ts';
import type { PdfPage } from './pdf-renderer.ts';
import { openAll } from './page-pool.ts';

/** Idle pages between calls. Belongs to one browser session (render/browser-keeper.ts). */
export interface KeptPages {
  /** The font set (FontSet.version) the kept render pages loaded. */
  fontVersion: string | null;
  render: RenderPage[];
  raster: RasterPage[];
  /** The page that prints PDFs (render/pdf-renderer.ts), kept on the same terms. */
  pdf: PdfPage | null;
}

export function keptPages(): KeptPages {
  return { fontVersion: null, render: [], raster: [], pdf: null };
}

export interface PageLease {
  render: RenderPage[];
  raster: RasterPage[];
  /** Puts the pages back when `keep` was given and the call went well; closes them otherwise. */
  release(wentWell: boolean): Promise<void>;
}

export interface LeaseRequest {
  count: number;
  fontVersion: string;
  keep?: KeptPages;
  openRender: () => Promise<RenderPage>;
  openRaster: () => Promise<RasterPage>;
}

/** `count` render pages and as many raster pages: kept ones first, new ones for the rest. */
export async function leasePages({ count, fontVersion, keep, openRender, openRaster }: LeaseRequest): Promise<PageLease> {
  const stale: Array<{ close(): Promise<void> }> = [];
  const take = <P extends { alive(): boolean; close(): Promise<void> }>(kept: P[], usable: boolean): P[] => {
    const taken: P[] = [];
    for (const page of kept.splice(0)) {
      if (usable && page.alive() && taken.length < count) taken.push(page);
      else stale.push(page);
    }
    return taken;
  };
  const sameFonts = keep?.fontVersion === fontVersion;
  const keptRender = keep ? take(keep.render, sameFonts) : [];
  const keptRaster = keep ? take(keep.raster, true) : [];
  await Promise.allSettled(stale.map((page) => page.close()));
  const opened = await Promise.allSettled([openAll(count - keptRender.length, openRender), openAll(count - keptRaster.length, openRaster)]);
  const [newRender, newRaster] = opened.map((o) => (o.status === 'fulfilled' ? o.value : [])) as [RenderPage[], RasterPage[]];
  const render = [...keptRender, ...newRender];
  const raster = [...keptRaster, ...newRaster];
  const failed = opened.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failed) {
    // Nothing half-opened is kept or left open: the caller gets the error and no pages.
    await Promise.allSettled([...render, ...raster].map((page) => page.close()));
    throw failed.reason;
  }
  return {
    render,
    raster,
    async release(wentWell) {
      if (keep && wentWell) {
        keep.fontVersion = fontVersion;
        keep.render.push(...render.filter((page) => page.alive()));
        keep.raster.push(...raster.filter((page) => page.alive()));
        await Promise.allSettled([...render, ...raster].filter((page) => !page.alive()).map((page) => page.close()));
        return;
      }
      await Promise.allSettled([...render, ...raster].map((page) => page.close()));
    },
  };
}

/** Where renderPdfs keeps its one page: a KeptPages, or any holder of a `pdf` slot. */
export type PdfPageSlot = Pick<KeptPages, 'pdf'>;

/** The kept PDF page while it is open, or a new one; a kept page that has gone is closed first. */
export async function takePdfPage(keep: PdfPageSlot | undefined, open: () => Promise<PdfPage>): Promise<PdfPage> {
  const kept = keep?.pdf ?? null;
  if (keep) keep.pdf = null;
  if (kept?.alive()) return kept;
  await kept?.close().catch(() => undefined);
  return open();
}

/** On the same terms as the flowchart pages: kept after a call that went well and while open, closed otherwise. */
export async function releasePdfPage(keep: PdfPageSlot | undefined, page: PdfPage, wentWell: boolean): Promise<void> {
  if (keep && wentWell && page.alive()) keep.pdf = page;
  else await page.close();
}
