// Rendering in the real Chromium: every chart renders to an SVG that shows every stage title, carries
// its own font and accessible title, and has a PNG; hostile text stays text; a diagram Mermaid rejects
// comes back as an error, never as a broken SVG; unchanged diagrams come from the cache untouched.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { flattenText } from '../../compiler/emitters/mermaid/mermaid-escape.ts';
import { mermaidFlowchart } from '../../compiler/emitters/mermaid/mermaid-flowchart.ts';
import { type BrowserSession } from '../../render/browser.ts';
import { fileCache, noCache, type RenderCache } from '../../render/cache.ts';
import { FONT_SUBSET_CACHE_KIND } from '../../render/flowchart-fonts.ts';
import { MAX_PNG_PIXELS, MAX_PNG_SIDE, pngScale } from '../../render/flowchart-page.ts';
import { type FlowchartRendering, type FlowchartDiagram, renderFlowcharts } from '../../render/flowchart-renderer.ts';
import { keptPages } from '../../render/kept-pages.ts';
import { renderPageCount } from '../../render/page-pool.ts';
import { allCases } from './fixtures/cases.ts';
import { HOSTILE_TEXTS } from './fixtures/hostile.ts';
import { pngInk, svgFacts, type SvgFacts } from './svg-facts.ts';
import { useBrowser } from '../helpers/use-browser.ts';

const cases = allCases();
const browser = useBrowser();
let rendered: Map<string, FlowchartRendering>;
let facts: Map<string, SvgFacts>;
// The file's calls draw on pages kept from one call to the next, as `stepladder dev` does: opening a
// render page (loading Mermaid) costs seconds of CPU each time, and a kept page gives the same bytes
// (kept-pages.test.ts). The first call opens them new; the render-cache test opens its own, to count them.
const kept = keptPages();
const render = (diagrams: FlowchartDiagram[], pages?: number) => renderFlowcharts(browser(), diagrams, noCache(), { keep: kept, pages });

beforeAll(async () => {
  const results = await render(cases.map((c) => ({ key: c.name, source: mermaidFlowchart(c.machine) })));
  rendered = new Map(results.map((r) => [r.key, r]));
  facts = new Map();
  for (const r of results) if (r.svg) facts.set(r.key, await svgFacts(browser(), r.svg));
});

describe.each(cases)('the rendered flowchart of $name', ({ name, machine }) => {
  it('is an SVG and a PNG at twice the SVG size', () => {
    const r = rendered.get(name);
    expect(r?.error).toBeUndefined();
    expect(r?.svg).toMatch(/^<svg\b/);
    const png = r?.png ?? new Uint8Array();
    expect([...png.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    const width = new DataView(png.buffer, png.byteOffset).getUint32(16);
    expect(width).toBeGreaterThanOrEqual(2 * (facts.get(name)?.width ?? Infinity));
  });

  it('is well-formed XML, so it opens on its own', () => {
    expect(facts.get(name)?.parseError).toBeNull();
  });

  it('shows every stage title as text', () => {
    const text = facts.get(name)?.labelText ?? '';
    for (const state of machine.states) expect(text).toContain(flattenText(state.title));
  });

  it('has its accessible title and description, and embeds its font', () => {
    const f = facts.get(name);
    expect(f?.title).toBe(flattenText(`Flowchart: ${machine.meta.title}`));
    expect(f?.description).toContain(flattenText(machine.meta.partnership.name));
    expect(rendered.get(name)?.svg).toMatch(/@font-face\{font-family:'DejaVu Sans';[^}]*src:url\(data:font\/woff2;base64,/);
    expect(f?.labelFonts).toEqual(['"DejaVu Sans", Verdana, Arial, Helvetica']);
    expect(f?.externalReferences).toEqual([]);
  });

  it('contains no script, event handler or javascript: URL', () => {
    const f = facts.get(name);
    expect(f?.scripts).toBe(0);
    expect(f?.handlerAttributes).toEqual([]);
    const svg = rendered.get(name)?.svg ?? '';
    expect(svg).not.toMatch(/<script|javascript:|<img|onerror=|<[^>]*\son\w+=/i);
  });
});

describe('hostile protocol text', () => {
  it('is shown to the reader exactly as written', () => {
    const text = facts.get('hostile')?.labelText ?? '';
    // Mermaid decodes its own entity placeholders (ﬂ°°60¶ß) twice, so that one text shows as "<script>":
    // as text, never as markup (see the next tests). Every other attack is shown exactly as written.
    for (const attack of HOSTILE_TEXTS.filter((t) => !t.includes('\uFB02'))) expect(text).toContain(flattenText(attack));
  });

  it('adds no element or style of its own', () => {
    expect(facts.get('hostile')?.elementNames).toEqual(facts.get('features')?.elementNames);
    expect(rendered.get('hostile')?.svg).not.toMatch(/fill:#f00|color:red|onerror=|%%\{/i);
  });
});

describe('rendering the same source again', () => {
  it('gives the same SVG and PNG bytes', async () => {
    const again = await render(cases.slice(0, 2).map((c) => ({ key: c.name, source: mermaidFlowchart(c.machine) })));
    for (const r of again) {
      expect(r.svg).toBe(rendered.get(r.key)?.svg);
      expect(Buffer.from(r.png ?? []).equals(Buffer.from(rendered.get(r.key)?.png ?? [1]))).toBe(true);
    }
  });

  it('gives the same bytes whatever the number of render pages, in the order given', async () => {
    // Reversed, so each diagram lands on another page, after other diagrams, than in the first run.
    const diagrams = [...cases].reverse().map((c) => ({ key: c.name, source: mermaidFlowchart(c.machine) }));
    expect(diagrams.length).toBeGreaterThan(2);
    for (const [pages, some] of [[1, diagrams.slice(0, 3)], [3, diagrams]] as const) {
      const again = await render(some, pages);
      expect(again.map((r) => r.key)).toEqual(some.map((d) => d.key));
      for (const r of again) {
        expect(r.error).toBe(rendered.get(r.key)?.error);
        expect(r.svg).toBe(rendered.get(r.key)?.svg);
        expect(Buffer.from(r.png ?? []).equals(Buffer.from(rendered.get(r.key)?.png ?? []))).toBe(true);
      }
    }
  }, 180_000);
});

describe('the PNG', () => {
  it('is the published SVG drawn at twice its size with a white margin', async () => {
    const r = rendered.get(cases[0]?.name ?? '');
    const png = Buffer.from(r?.png ?? []);
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    const f = facts.get(cases[0]?.name ?? '');
    expect(width).toBe(Math.ceil(((f?.width ?? 0) + 32) * 2));
    expect(height).toBe(Math.ceil(((f?.height ?? 0) + 32) * 2));
  });

  it('of a chart too large for twice its size is drawn smaller, within the limits', async () => {
    // Forty-five ends side by side: about 14,500 CSS pixels wide.
    const ends = Array.from({ length: 45 }, (_, i) => `  a --> o${i}("End number ${i} with a longer label")`).join('\n');
    const [wide] = await render([{ key: 'wide', source: `flowchart TD\n  a["Start"]\n${ends}\n` }]);
    expect(wide?.error).toBeUndefined();
    const png = Buffer.from(wide?.png ?? []);
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(width).toBeLessThanOrEqual(MAX_PNG_SIDE);
    expect(width).toBeGreaterThan(MAX_PNG_SIDE * 0.95);
    expect(width * height).toBeLessThanOrEqual(MAX_PNG_PIXELS);
  });

  it('scale is twice the size, or the most that keeps within the limits', () => {
    expect(pngScale(1200, 1700)).toBe(2);
    expect(pngScale(9000, 11700)).toBeLessThan(2);
    for (const [w, h] of [[9000, 11700], [14500, 600], [600, 40000], [100000, 100000]] as const) {
      const scale = pngScale(w, h);
      expect(Math.ceil(w * scale) * Math.ceil(h * scale), `${w}×${h}`).toBeLessThanOrEqual(MAX_PNG_PIXELS);
      expect(Math.max(Math.ceil(w * scale), Math.ceil(h * scale)), `${w}×${h}`).toBeLessThanOrEqual(MAX_PNG_SIDE);
      expect(scale).toBeGreaterThan(0);
    }
  });

  it('shows the chart: filled shapes and dark text, not a blank page', async () => {
    const ink = await pngInk(browser(), rendered.get(cases[0]?.name ?? '')?.png ?? new Uint8Array());
    expect(ink.inked).toBeGreaterThan(0.1);
    expect(ink.dark).toBeGreaterThan(0.005);
  });
});

describe('a diagram Mermaid rejects', () => {
  it('comes back as an error without an SVG, and the others still render', async () => {
    const [bad, good] = await render([
      { key: 'bad', source: 'flowchart TD\n  s1["unclosed\n' },
      { key: 'good', source: 'flowchart TD\n  s1["Step"] --> s2["Next"]\n' },
    ]);
    expect(bad).toMatchObject({ key: 'bad' });
    expect(bad?.error).toMatch(/\S/);
    expect(bad?.svg).toBeUndefined();
    expect(bad?.png).toBeUndefined();
    expect(good?.svg).toMatch(/^<svg\b/);
  });
});

describe('the render cache', () => {
  it('renders nothing on a second build of unchanged diagrams', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepladder-flowchart-cache-'));
    try {
      const puts: string[] = [];
      const inner = fileCache(dir);
      const cache: RenderCache = { get: (k, h) => inner.get(k, h), put: (k, h, c) => (puts.push(k), inner.put(k, h, c)) };
      let pages = 0;
      const counting: BrowserSession = {
        ...browser(),
        browser: new Proxy(browser().browser, {
          get: (target, prop) => (prop === 'newContext' ? (...args: Parameters<typeof target.newContext>) => (pages++, target.newContext(...args)) : Reflect.get(target, prop)),
        }),
      };
      const diagrams = cases.slice(0, 2).map((c) => ({ key: c.name, source: mermaidFlowchart(c.machine) }));
      // A build opens its render pages (one per core, at most one per diagram) and as many PNG pages.
      const opened = (diagramCount: number) => 2 * renderPageCount(diagramCount);
      // Pictures drawn, and font subsets cut (kept in the cache too, so a rebuild does not cut them again).
      const drawn = () => puts.filter((k) => k !== FONT_SUBSET_CACHE_KIND).length;
      const subsets = () => puts.filter((k) => k === FONT_SUBSET_CACHE_KIND).length;
      const first = await renderFlowcharts(counting, diagrams, cache);
      expect([pages, drawn()]).toEqual([opened(2), 4]);
      const cut = subsets();
      expect(cut).toBeGreaterThan(0);

      const second = await renderFlowcharts(counting, diagrams, cache);
      expect([pages, drawn(), subsets()]).toEqual([opened(2), 4, cut]);
      expect(second).toEqual(first);

      // A changed chart with the same characters is drawn again on the subsets already in the cache.
      const changed = [diagrams[0], { key: 'changed', source: `${diagrams[1]?.source}  %% edited\n` }];
      const third = await renderFlowcharts(counting, changed as typeof diagrams, cache);
      expect([pages, drawn(), subsets()]).toEqual([opened(2) + opened(1), 6, cut]);
      expect(third[1]?.svg).toMatch(/^<svg\b/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
