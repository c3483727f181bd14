// The build's rendering step: flowchart.mmd → flowchart.svg/.png, then every printable .html → .pdf
// with the rendered flowchart available to it. One Chromium for the whole build; renders are cached
// by content hash under the build folder.
import { makeDiagnostic } from '../../compiler/diagnostics/report.ts';
import type { EmittedFile } from '../../compiler/emitters/types.ts';
import { BrowserNotFoundError, openBrowser, type BrowserSession } from '../../render/browser.ts';
import type { BrowserKeeper } from '../../render/browser-keeper.ts';
import { fileCache, type RenderCache } from '../../render/cache.ts';
import { renderFlowcharts } from '../../render/flowchart-renderer.ts';
import type { KeptPages } from '../../render/kept-pages.ts';
import { renderPdfs } from '../../render/pdf-renderer.ts';
import type { EmittedProtocol } from './emit-protocol.ts';
import { stableStringify } from '../../compiler/stable-json.ts';
import { drawnFromHash, PRINTABLE, RENDERINGS_FILE, showsFlowchart } from './renderings.ts';

function fileText(file: EmittedFile | undefined): string | null {
  if (!file) return null;
  return typeof file.contents === 'string' ? file.contents : new TextDecoder().decode(file.contents);
}

/** The two renderers, replaceable in tests that need a renderer's answer without a browser. */
export interface Renderers {
  flowcharts: typeof renderFlowcharts;
  pdfs: typeof renderPdfs;
}

export async function renderOutputs(
  protocols: EmittedProtocol[],
  session: BrowserSession,
  cache: RenderCache,
  renderers: Renderers = { flowcharts: renderFlowcharts, pdfs: renderPdfs },
  /** Says what is being rendered, for the build's progress line (cli/progress.ts). */
  onProgress: (what: string) => void = () => {},
  /** Flowchart pages kept between builds (`stepladder dev`); a one-off build keeps none. */
  keep?: KeptPages,
): Promise<void> {
  const ready = protocols.filter((p) => p.machine);
  // Each diagram and document is keyed by its protocol's place in this list, never by the protocol's
  // id: versions of one protocol kept side by side share an id, and keyed by id, one version's
  // pictures were attached to the other (the current version published the earlier one's flowchart
  // and PDFs beside its own text).
  const diagrams = ready.flatMap((p, index) => {
    const source = fileText(p.files.find((f) => f.path === 'flowchart.mmd'));
    return source ? [{ key: String(index), source }] : [];
  });
  const named = (list: Array<{ key: string }>) => list.map((d) => ready[Number(d.key)]!.machine!.id).join(', ');
  onProgress(`Rendering ${diagrams.length} flowchart${diagrams.length === 1 ? '' : 's'} (${named(diagrams)})`);
  const charts = await renderers.flowcharts(session, diagrams, cache, keep ? { keep } : {});
  // What each rendering was drawn from, by protocol: written to RENDERINGS_FILE (renderings.ts).
  const drawnFrom = new Map<EmittedProtocol, Record<string, string>>();
  const record = (protocol: EmittedProtocol, path: string, ...texts: string[]) => {
    drawnFrom.set(protocol, { ...drawnFrom.get(protocol), [path]: drawnFromHash(...texts) });
  };
  const sourceOf = new Map(diagrams.map((d) => [d.key, d.source]));
  const svgOf = new Map<EmittedProtocol, string>();
  const chartSourceOf = new Map<EmittedProtocol, string>();
  for (const chart of charts) {
    const protocol = ready[Number(chart.key)]!;
    if (chart.svg && chart.png) {
      svgOf.set(protocol, chart.svg);
      chartSourceOf.set(protocol, sourceOf.get(chart.key)!);
      for (const path of ['flowchart.svg', 'flowchart.png']) record(protocol, path, sourceOf.get(chart.key)!);
      protocol.files.push({ path: 'flowchart.svg', contents: chart.svg }, { path: 'flowchart.png', contents: chart.png });
    } else if (chart.tooLarge) {
      protocol.diagnostics.push(
        makeDiagnostic(protocol.file, 'flowchart_too_large', { start: 0, end: 0 }, {
          protocol: protocol.machine!.id,
          size: chart.tooLarge.size.toLocaleString('en-GB'),
          limit: chart.tooLarge.limit.toLocaleString('en-GB'),
        }),
      );
    } else {
      // Mermaid rejecting our own output is a compiler bug: say so. No picture is published.
      protocol.diagnostics.push(
        makeDiagnostic(protocol.file, 'internal_error', { start: 0, end: 0 }, { phase: 'flowchart rendering', detail: chart.error ?? 'no output' }),
      );
    }
  }
  const printing = new Map<string, { protocol: EmittedProtocol; path: string; html: string; chartSource: string | null }>();
  const documents = ready.flatMap((p, index) =>
    p.files
      .filter((f) => PRINTABLE.test(f.path))
      // A printable that shows the flowchart is printed only with the flowchart of this same source.
      .filter((f) => svgOf.has(p) || !showsFlowchart(fileText(f)!))
      .map((f) => {
        const svg = svgOf.get(p);
        const assets: Record<string, string> = svg ? { 'flowchart.svg': svg } : {};
        const key = `${index}/${f.path}`;
        const html = fileText(f)!;
        // A PDF that shows the chart is recorded as drawn from the chart's source too (renderings.ts).
        const chartSource = showsFlowchart(html) ? chartSourceOf.get(p)! : null;
        printing.set(key, { protocol: p, path: f.path.replace(/\.html$/, '.pdf'), html, chartSource });
        return { key, html, assets };
      }),
  );
  onProgress(`Printing ${documents.length} PDF${documents.length === 1 ? '' : 's'} (briefings and forms of ${ready.length} protocol${ready.length === 1 ? '' : 's'})`);
  const pdfs = await renderers.pdfs(session, documents, cache, keep ? { keep } : {});
  for (const result of pdfs) {
    const { protocol, path, html, chartSource } = printing.get(result.key)!;
    if (result.pdf) {
      protocol.files.push({ path, contents: result.pdf });
      if (chartSource === null) record(protocol, path, html);
      else record(protocol, path, html, chartSource);
    } else {
      protocol.diagnostics.push(
        makeDiagnostic(protocol.file, 'internal_error', { start: 0, end: 0 }, { phase: 'PDF rendering', detail: `${path}: ${result.error ?? 'no output'}` }),
      );
    }
  }
  for (const [protocol, drawn] of drawnFrom) protocol.files.push({ path: RENDERINGS_FILE, contents: stableStringify(drawn) });
}

/**
 * Renders in the build's one Chromium, with the cache in `cacheDir`. Returns why nothing was rendered
 * when no Chromium is installed (the rest of the build goes on); any other failure is thrown. With a
 * `keeper` (`stepladder dev`), the browser and its flowchart pages stay open for the next build.
 */
export async function renderWithBrowser(
  protocols: EmittedProtocol[],
  env: NodeJS.ProcessEnv,
  cacheDir: string,
  onProgress: (what: string) => void = () => {},
  keeper?: BrowserKeeper,
): Promise<string | null> {
  let session: BrowserSession;
  let keep: KeptPages | undefined;
  try {
    const starting = () => onProgress('Starting Chromium');
    if (keeper) ({ session, pages: keep } = await keeper.use(starting));
    else {
      starting();
      session = await openBrowser(env);
    }
  } catch (error) {
    if (error instanceof BrowserNotFoundError) return error.message;
    throw error;
  }
  try {
    await renderOutputs(protocols, session, fileCache(cacheDir), undefined, onProgress, keep);
    return null;
  } finally {
    if (!keeper) await session.close();
  }
}
