// Editing one protocol of 100 re-renders that protocol and nothing else (issue 16): its flowchart
// (SVG and PNG) and its PDFs, counted as the render cache's new entries, never by timing. The build's
// own steps run here: every protocol emitted as `stepladder build` does (emitProtocol), then its
// rendering step (renderOutputs) with the real renderers and a real Chromium. The cache stands in for
// the previous build: it holds an entry for every rendering of the 100 unedited protocols, under the
// keys the renderers use (drawing 100 charts and 400 PDFs for real would take minutes; bench/scale.ts
// does that, and counts the same thing on a real build).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitProtocol, type EmittedProtocol } from '../../cli/build/emit-protocol.ts';
import { renderOutputs } from '../../cli/build/render-outputs.ts';
import { PRINTABLE } from '../../cli/build/renderings.ts';
import { createCompilerTools } from '../../compiler/index.ts';
import type { RenderCache } from '../../render/cache.ts';
import { FONT_SUBSET_CACHE_KIND, loadFonts } from '../../render/flowchart-fonts.ts';
import { CACHE_KINDS, flowchartHash, rendererIdentity } from '../../render/flowchart-renderer.ts';
import { PDF_CACHE_KIND, pdfCacheKey } from '../../render/pdf-renderer.ts';
import { variantSource } from '../helpers/generated-protocols.ts';
import { PROTOCOLS_DIR, protocolFiles } from '../helpers/protocols.ts';
import { useBrowser } from '../helpers/use-browser.ts';

const COUNT = 100;
const EDITED = 42;

const text = (contents: string | Uint8Array) => (typeof contents === 'string' ? contents : new TextDecoder().decode(contents));

/** The 100 protocols as the build emits them; the one at `edited` with its title changed. */
function emitAll(edited: number | null): EmittedProtocol[] {
  const tools = createCompilerTools();
  const seeds = protocolFiles().map((p) => ({ id: p.name, source: p.source }));
  const readSourceText = (name: string) => ({ text: readFileSync(join(PROTOCOLS_DIR, name), 'utf8') });
  return Array.from({ length: COUNT }, (_, i) => {
    const { id, source } = variantSource(seeds[i % seeds.length]!, i);
    const final = i === edited ? source.replace(/title "([^"]*)"/, (_, t: string) => `title "${t}, revised"`) : source;
    const emitted = emitProtocol(`protocols/${id}.protocol`, final, tools, { readSourceText });
    if (!emitted.machine) throw new Error(`${id} does not compile`);
    return emitted;
  });
}

/** A cache holding a rendering of every chart and printable of `protocols`, as a previous build leaves it. */
function previousBuild(protocols: EmittedProtocol[], browserVersion: string): Map<string, Uint8Array> {
  const entries = new Map<string, Uint8Array>();
  const identity = rendererIdentity(loadFonts().version);
  for (const p of protocols) {
    const id = p.machine!.id;
    const source = text(p.files.find((f) => f.path === 'flowchart.mmd')!.contents);
    const hash = flowchartHash(source, identity);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><text>${id}</text></svg>`;
    entries.set(`${CACHE_KINDS.svg}/${hash}`, new TextEncoder().encode(svg));
    entries.set(`${CACHE_KINDS.png}/${hash}`, new TextEncoder().encode(`png of ${id}`));
    for (const f of p.files.filter((file) => PRINTABLE.test(file.path))) {
      const key = pdfCacheKey({ key: `${id}/${f.path}`, html: text(f.contents), assets: { 'flowchart.svg': svg } }, browserVersion);
      entries.set(`${PDF_CACHE_KIND}/${key}`, new TextEncoder().encode(`pdf of ${id}/${f.path}`));
    }
  }
  return entries;
}

const browser = useBrowser();

describe('editing one protocol of 100', () => {
  it('re-renders its flowchart and PDFs, and nothing of the other 99', async () => {
    const entries = previousBuild(emitAll(null), browser().browser.version());
    const drawn: string[] = [];
    const cache: RenderCache = {
      get: (kind, key) => entries.get(`${kind}/${key}`) ?? null,
      put: (kind, key, contents) => {
        // The font subset the charts embed is cached too, but it is no rendering of a protocol (and
        // the previous build made above holds none): only pictures and PDFs count.
        if (kind !== FONT_SUBSET_CACHE_KIND) drawn.push(kind);
        entries.set(`${kind}/${key}`, typeof contents === 'string' ? new TextEncoder().encode(contents) : contents);
      },
    };
    const protocols = emitAll(EDITED);
    const printables = protocols[EDITED]!.files.filter((f) => PRINTABLE.test(f.path)).length;
    await renderOutputs(protocols, browser(), cache);

    expect(printables).toBeGreaterThan(0);
    expect(drawn.sort()).toEqual([CACHE_KINDS.svg, CACHE_KINDS.png, ...Array<string>(printables).fill(PDF_CACHE_KIND)].sort());
    // The edited protocol has its new, real picture and PDFs; the others kept the previous build's.
    const edited = protocols[EDITED]!;
    expect(text(edited.files.find((f) => f.path === 'flowchart.svg')!.contents)).toContain(', revised');
    expect(edited.files.filter((f) => f.path.endsWith('.pdf'))).toHaveLength(printables);
    const others = protocols.filter((_, i) => i !== EDITED);
    for (const p of others) expect(text(p.files.find((f) => f.path === 'flowchart.svg')!.contents)).toContain(`<text>${p.machine!.id}</text>`);
    // Emitting 200 protocols takes most of the time (about 0.3 s each on a busy 2-core machine).
  }, 300_000);
});
