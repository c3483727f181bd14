// Keeps docs/cookbook.md honest: every example protocol in docs/cookbook/ compiles with no errors
// or warnings, every excerpt in the page is word for word in one of them (re-indented), and each
// picture beside a protocol was drawn from the chart the current compiler makes: the .mmd saved
// with the PNG must equal the flowchart emitted now (redraw both as the page says when it does not).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSource, createCompilerTools } from '../../compiler/index.ts';
import { mermaidEmitter } from '../../compiler/emitters/mermaid/mermaid-emitter.ts';

const DOCS = join(import.meta.dirname, '..', '..', 'docs');
const DIR = join(DOCS, 'cookbook');
const page = readFileSync(join(DOCS, 'cookbook.md'), 'utf8');
const ids = readdirSync(DIR).filter((f) => f.endsWith('.protocol')).map((f) => f.replace(/\.protocol$/, '')).sort();
const tools = createCompilerTools();
const sources = new Map(ids.map((id) => [id, readFileSync(join(DIR, `${id}.protocol`), 'utf8')]));

describe('docs/cookbook.md', () => {
  it('has an example for each shape it describes', () => {
    expect(ids.length).toBeGreaterThanOrEqual(6);
    for (const id of ids) expect(page).toContain(`](cookbook/${id}.png)`);
  });

  it.each(ids)('%s compiles cleanly and its picture is of the current chart', (id) => {
    const result = compileSource(sources.get(id)!, `docs/cookbook/${id}.protocol`, tools);
    expect(result.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
    const chart = String(mermaidEmitter.emit(result.machine!, {}).files[0]!.contents);
    expect(chart).toBe(readFileSync(join(DIR, `${id}.mmd`), 'utf8'));
    const png = join(DIR, `${id}.png`);
    expect(existsSync(png)).toBe(true);
    expect(readFileSync(png).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('quotes its protocol files word for word', () => {
    const excerpts = [...page.matchAll(/```protocol\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(excerpts.length).toBeGreaterThanOrEqual(ids.length);
    const indented = (text: string) => text.trimEnd().split('\n').map((l) => (l === '' ? l : `  ${l}`)).join('\n');
    for (const excerpt of excerpts) {
      expect([...sources.values()].some((s) => s.includes(indented(excerpt))), excerpt).toBe(true);
    }
  });
});
