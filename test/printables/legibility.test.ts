// Issue 11, items 5 and 6, in the real Chromium: every word of each seed's briefing PDF is big enough
// to read on A4 (the flowchart thumbnail printed its words at 2-3 pt; print now gets the ladder),
// and no PDF loses ligatures from its text layer, including text drawn by the real flowchart (its
// embedded subset font dropped "fi" and "ffi": "child's le", "Liaison O cer").
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { mermaidFlowchart } from '../../compiler/emitters/mermaid/mermaid-flowchart.ts';
import { noCache } from '../../render/cache.ts';
import { renderFlowcharts } from '../../render/flowchart-renderer.ts';
import { type PdfResult, renderPdfs } from '../../render/pdf-renderer.ts';
import { emitPrintables, seeds } from './helpers.ts';
import { WordBag, pdfWords } from './pdf-words.ts';
import { useBrowser } from '../helpers/use-browser.ts';

const all = seeds();
const browser = useBrowser();
const pdfs = new Map<string, PdfResult>();
const charts = new Map<string, string>();

/** Heights of the word boxes pdftotext reports, in points (a word's box spans its font's ascent and descent). */
function wordHeights(pdf: Uint8Array): { word: string; height: number }[] {
  const xhtml = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');
  return [...xhtml.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    word: m[3]!,
    height: Number(m[2]) - Number(m[1]),
  }));
}

/** Words with a common ligature pair in the flowchart's labels (its quoted texts, without markup). */
function ligatureWords(mermaid: string): string[] {
  const labels = [...mermaid.matchAll(/"([^"]*)"/g)].map((m) => m[1]!.replace(/<[^>]*>|#\w+;/g, ' ')).join(' ');
  return [...new Set(labels.match(/[A-Za-z]*(?:fi|fl|ff)[A-Za-z]*/g) ?? [])];
}

beforeAll(async () => {
  const rendered = await renderFlowcharts(browser(), all.map((s) => ({ key: s.name, source: mermaidFlowchart(s.machine) })), noCache());
  for (const r of rendered) if (r.svg) charts.set(r.key, r.svg);
  const documents = all.flatMap(({ name, machine }) => {
    const { briefing, forms } = emitPrintables(machine);
    const assets = { 'flowchart.svg': charts.get(name)! };
    return [
      ...[...briefing.files, ...forms.files].map((f) => ({ key: `${name}/${f.path}`, html: String(f.contents), assets })),
      // The chart printed on its own, as someone printing flowchart.svg gets it.
      { key: `${name}/chart`, html: '<!doctype html><html><body><img src="flowchart.svg" style="width:100%" alt="chart"></body></html>', assets },
    ];
  });
  for (const r of await renderPdfs(browser(), documents, noCache())) pdfs.set(r.key, r);
}, 180_000);

it('has charts with ligature pairs to check (Lincolnshire’s "Officer", Cumberland’s "file")', () => {
  const words = all.flatMap((s) => ligatureWords(mermaidFlowchart(s.machine)));
  expect(words).toContain('Officer');
  expect(words).toContain('file');
});

describe.each(all)('the PDFs of $name', ({ name }) => {
  it('print every word of the briefing at 7 pt or more on A4', () => {
    const words = wordHeights(pdfs.get(`${name}/briefing.html`)!.pdf!);
    expect(words.length).toBeGreaterThan(200);
    // A word's box is its font's ascent plus descent, about 1.16 times the font size in the briefing's
    // DejaVu Sans: a 7 pt word has a box of about 8.1 pt; the old thumbnail's words had 2.4-3 pt.
    const smallest = words.reduce((a, b) => (b.height < a.height ? b : a));
    expect(smallest.height, `smallest word: "${smallest.word}"`).toBeGreaterThanOrEqual(7 * 1.16);
  });

  it('keep ligature pairs whole in the text layer of the chart, the briefing and the forms', () => {
    expect(charts.get(name), 'the flowchart rendered').toBeDefined();
    const chartWords = new WordBag(pdfWords(pdfs.get(`${name}/chart`)!.pdf!));
    const expected = ligatureWords(mermaidFlowchart(all.find((s) => s.name === name)!.machine));
    for (const word of expected) expect(chartWords.missing(word), word).toEqual([]);
    for (const [key, r] of pdfs) {
      if (!key.startsWith(`${name}/`)) continue;
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: r.pdf! }).toString('utf8');
      expect(text, key).not.toMatch(/\bO cer\b|child['’]s le\b|\bsigni cant\b/);
    }
  });
});
