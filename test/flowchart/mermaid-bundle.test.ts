// The build's Mermaid is the published bundle with one function replaced (render/mermaid-bundle.ts): the
// copy `getConfig()` makes of Mermaid's settings. These tests hold the replacement to "changes nothing
// but speed": it applies to the installed Mermaid, its copy is Mermaid's own `assignWithDepth` copy on
// the real settings and on thousands of random ones, and every chart renders to the same bytes with it
// as without it.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { runInThisContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mermaidFlowchart } from '../../compiler/emitters/mermaid/mermaid-flowchart.ts';
import { loadFonts } from '../../render/flowchart-fonts.ts';
import { openRenderPage } from '../../render/flowchart-page.ts';
import { copyConfig, mermaidBundle, patchMermaidBundle, publishedBundlePath } from '../../render/mermaid-bundle.ts';
import { allCases } from './fixtures/cases.ts';
import { useBrowser } from '../helpers/use-browser.ts';

type Copier = (source: unknown) => unknown;

/** Mermaid's own `assignWithDepth`, read from its unminified ES module build and run as it is (in this realm,
 * so its arrays and objects have the same prototypes as ours). */
function mermaidsAssignWithDepth(): (target: object, source: unknown) => unknown {
  const chunks = join(dirname(createRequire(import.meta.url).resolve('mermaid/package.json')), 'dist/chunks/mermaid.esm');
  for (const file of readdirSync(chunks).filter((f) => f.endsWith('.mjs'))) {
    const text = readFileSync(join(chunks, file), 'utf8');
    const start = text.indexOf('var assignWithDepth = ');
    if (start < 0) continue;
    const end = text.indexOf('}, "assignWithDepth");', start);
    const definition = text.slice(start, end + '}, "assignWithDepth");'.length);
    return runInThisContext(`(() => { const __name = (f) => f; ${definition} return assignWithDepth; })()`) as (target: object, source: unknown) => unknown;
  }
  throw new Error("Mermaid's assignWithDepth was not found in its ES module build");
}

const assignWithDepth = mermaidsAssignWithDepth();
const mermaidsCopy: Copier = (source) => assignWithDepth({}, source);

/** Same values, and the same objects shared with the source at the same places (none above level 4). */
function sameCopy(a: unknown, b: unknown, source: unknown, depth = 0): boolean {
  if (!isDeepStrictEqual(a, b)) return false;
  if (a === null || typeof a !== 'object') return true;
  if ((a === source) !== (b === source)) return false;
  if (depth > 4) return true;
  const sourceRecord = (source ?? {}) as Record<string, unknown>;
  return Object.keys(a).every((key) =>
    sameCopy((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], sourceRecord[key], depth + 1),
  );
}

describe("the configuration copy is Mermaid's", () => {
  it('on settings shaped like Mermaid\'s (the real ones are compared in the browser below)', () => {
    const settings = {
      theme: 'base',
      flowchart: { htmlLabels: true, curve: 'basis', padding: 15, nested: { deep: { deeper: [1, 1, 2] } } },
      themeVariables: { fontFamily: 'DejaVu Sans', primaryColor: '#E8F0FE', nothing: null },
      list: ['a', 'a', 'b'],
      nothing: null,
    };
    expect(sameCopy(copyConfig(settings), mermaidsCopy(settings), settings)).toBe(true);
  });

  it('on random settings: arrays with repeats, nulls, deep objects, odd keys', () => {
    const key = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('__proto__', 'constructor', 'toString', '0', 'length'));
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom(null, undefined, true, 0, -1, 'text'),
        fc.array(fc.constantFrom(1, 2, 'x', null), { maxLength: 5 }),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(key, tie('value'), { maxKeys: 5 }),
      ),
    }));
    // JSON.parse makes `__proto__` an own key, as Mermaid's settings from a diagram's front matter are.
    const settings = fc.dictionary(key, value, { maxKeys: 6 }).map((o) => JSON.parse(JSON.stringify(o)) as unknown);
    fc.assert(
      fc.property(settings, (source) => {
        expect(sameCopy(copyConfig(source), mermaidsCopy(source), source), JSON.stringify(source)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('makes a fresh copy every time: changing one never changes the next', () => {
    const source = { flowchart: { padding: 8 }, themeVariables: { fontSize: '15px' } };
    const first = copyConfig(source) as typeof source;
    first.flowchart.padding = 99;
    expect((copyConfig(source) as typeof source).flowchart.padding).toBe(8);
    expect(source.flowchart.padding).toBe(8);
  });
});

describe('the replacement in the bundle', () => {
  it('applies to the installed Mermaid exactly once (an update that moves it fails here)', () => {
    const bundle = mermaidBundle();
    expect(bundle.patched).toBe(true);
    expect(bundle.source).toContain('function copyConfig');
    expect(bundle.source.length - readFileSync(publishedBundlePath(), 'utf8').length).toBeLessThan(2_000);
  });

  it('leaves a bundle it does not recognise as it is', () => {
    const one = 'a=1,ri=i(()=>Bh({},Uee),"getConfig"),b=2';
    expect(patchMermaidBundle(one).patched).toBe(true);
    expect(patchMermaidBundle('a=1,b=2')).toEqual({ source: 'a=1,b=2', patched: false });
    const twice = `${one};${one.replace('ri=', 'rj=')}`;
    expect(patchMermaidBundle(twice)).toEqual({ source: twice, patched: false });
    const other = 'ri=i(()=>er().flowchart,"getConfig")';
    expect(patchMermaidBundle(other)).toEqual({ source: other, patched: false });
  });
});

describe('every chart renders to the same bytes with and without it (real Chromium)', () => {
  const browser = useBrowser();

  it('seeds, features and hostile text', async () => {
    const fonts = loadFonts();
    // One after the other, so the browser lists their pages in this order.
    const patched = await openRenderPage(browser(), fonts);
    const published = await openRenderPage(browser(), fonts, readFileSync(publishedBundlePath(), 'utf8'));
    const [patchedPage, publishedPage] = browser().browser.contexts().map((context) => context.pages()[0]);
    try {
      for (const { name, machine } of allCases()) {
        const source = mermaidFlowchart(machine);
        // Twice each: a leak of one chart's settings into the next would show on the second.
        for (const round of [1, 2]) {
          const id = `same-${name}-${round}`;
          const fast = await patched.render(id, source);
          const slow = await published.render(id, source);
          expect('svg' in fast, `${name}: rendered`).toBe(true);
          expect(fast, `${name}, round ${round}`).toEqual(slow);
        }
      }
      // And Mermaid's settings as a chart's code reads them, after the last chart's front matter.
      const settings = (page: typeof patchedPage) =>
        page?.evaluate(() => (globalThis as unknown as { mermaid: { mermaidAPI: { getConfig(): unknown } } }).mermaid.mermaidAPI.getConfig());
      const mine = await settings(patchedPage);
      expect(Object.keys(mine as object).length).toBeGreaterThan(20);
      expect(mine).toEqual(await settings(publishedPage));
      // The right pages were asked: only the patched one's getConfig copies with copyConfig.
      const copier = (page: typeof patchedPage) =>
        page?.evaluate(() => String((globalThis as unknown as { mermaid: { mermaidAPI: { getConfig(): unknown } } }).mermaid.mermaidAPI.getConfig));
      expect(await copier(patchedPage)).toContain('copyConfig');
      expect(await copier(publishedPage)).not.toContain('copyConfig');
    } finally {
      await Promise.all([patched.close(), published.close()]);
    }
  }, 120_000);
});
