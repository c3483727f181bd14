// Mermaid's browser bundle as the render pages load it, with one speed fix that changes no output.
//
// Mermaid's `getConfig()` returns a fresh copy of its whole configuration (about 1,000 settings: every
// diagram kind's and 320 theme variables) made by its general-purpose `assignWithDepth`, which sets
// each key with `Object.defineProperty`. A flowchart calls it about 150 times: in a CPU profile of the
// render page, a third of Mermaid's time went on that copy, and Mermaid renders a chart about 30%
// faster with the plain copy below (docs/benchmarks.md, 2026-12-02 13:00). We keep the copy (callers change
// theirs: Mermaid's flowchart code writes into it, so a shared object would leak one diagram's settings
// into the next) and make it the plain way: `copyConfig` below gives exactly what
// `assignWithDepth({}, config)` gives, which test/flowchart/mermaid-bundle.test.ts checks against
// Mermaid's own function and by rendering every protocol with and without the fix.
//
// The fix is a textual replacement of one minified definition. If a Mermaid update changes that text,
// the replacement finds nothing and the bundle is served as published (correct, only slower); the test
// then fails, so whoever updates Mermaid looks again.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * `assignWithDepth({}, source)` of Mermaid, written plainly: three levels of copies, `null` values left
 * out of the first two, arrays copied without repeats, the third level copied shallowly. Runs in the
 * page (as source text), so it uses nothing from outside itself.
 */
export function copyConfig(source: unknown): unknown {
  const copy = (from: unknown, depth: number): unknown => {
    if (Array.isArray(from)) {
      const list: unknown[] = [];
      for (const item of from) if (!list.includes(item)) list.push(item);
      return list;
    }
    if (depth <= 0) return Object.assign({}, from);
    const to: Record<string, unknown> = {};
    for (const key of Object.keys(from as object)) {
      const value = (from as Record<string, unknown>)[key];
      if (value === null) continue;
      const made = typeof value === 'object' ? copy(value, depth - 1) : value;
      if (key === '__proto__') {
        // Mermaid's copy skips a plain value here (the inherited `__proto__` reads as an object) and
        // defines an object one as a key, never as the copy's prototype.
        if (typeof value === 'object') Object.defineProperty(to, key, { value: made, writable: true, enumerable: true, configurable: true });
      } else to[key] = made;
    }
    return to;
  };
  return copy(source, 2);
}

/** How every `getConfig` definition in the bundle ends; found with indexOf, as a regex over the 5.5 MB bundle is slow. */
const GET_CONFIG_END = '),"getConfig")';
/**
 * The one to replace: `<name>=<nameHelper>(()=><assignWithDepth>({},<currentConfig>),"getConfig")`.
 * Mermaid's minifier renames identifiers between versions, so they are matched, not spelt out.
 */
const COPYING_GET_CONFIG = /([\w$]+)=([\w$]+)\(\(\)=>[\w$]+\(\{\},([\w$]+)\),"getConfig"\)$/;

export interface MermaidBundle {
  /** The script the render page loads. */
  source: string;
  /** Whether the configuration copy was replaced (false: Mermaid changed, the bundle is as published). */
  patched: boolean;
}

/** Applies the fix to a bundle's text: exactly one match, or the text unchanged. */
export function patchMermaidBundle(published: string): MermaidBundle {
  const found: Array<{ start: number; end: number; replacement: string }> = [];
  for (let at = published.indexOf(GET_CONFIG_END); at >= 0; at = published.indexOf(GET_CONFIG_END, at + 1)) {
    const end = at + GET_CONFIG_END.length;
    const match = COPYING_GET_CONFIG.exec(published.slice(Math.max(0, end - 200), end));
    if (!match) continue;
    const [whole, name, helper, current] = match;
    found.push({ start: end - whole.length, end, replacement: `${name}=${helper}(()=>(${copyConfig.toString()})(${current}),"getConfig")` });
  }
  const only = found.length === 1 ? found[0] : undefined;
  if (!only) return { source: published, patched: false };
  return { source: published.slice(0, only.start) + only.replacement + published.slice(only.end), patched: true };
}

/** The published bundle's path (node_modules/mermaid/dist/mermaid.min.js). */
export function publishedBundlePath(): string {
  return require.resolve('mermaid/dist/mermaid.min.js');
}

/** The bundle the render pages load: Mermaid's, with the configuration copy made the plain way. */
export function mermaidBundle(): MermaidBundle {
  return patchMermaidBundle(readFileSync(publishedBundlePath(), 'utf8'));
}
