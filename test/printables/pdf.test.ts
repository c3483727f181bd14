// PDFs in the real Chromium: each seed's briefing fits on at most two A4 sides and its text (read
// back with pdftotext, from Debian's poppler-utils, as words in any order: poppler versions order a
// table's columns differently) holds every stage title and timescale wording; forms hold every
// declared field and a page-numbered footer, on portrait pages, and logs on
// landscape ones (page size from pdfinfo); the flowchart comes from the assets
// map and nothing else is fetched; the same input gives the same bytes; the cache is used.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileCache, noCache, type RenderCache } from '../../render/cache.ts';
import { PINNED_PDF_DATE } from '../../render/pdf-bytes.ts';
import { type PdfDocument, type PdfResult, renderPdfs } from '../../render/pdf-renderer.ts';
import { HOSTILE, hostileMachine } from './fixtures/hostile.ts';
import { STUB_FLOWCHART_SVG, emitPrintables, seeds, squash } from './helpers.ts';
import { WordBag, pdfWords } from './pdf-words.ts';
import { useBrowser } from '../helpers/use-browser.ts';

const all = seeds();
const documents: PdfDocument[] = all.flatMap(({ name, machine }) => {
  const { briefing, forms } = emitPrintables(machine);
  return [...briefing.files, ...forms.files].map((f) => ({
    key: `${name}/${f.path}`,
    html: String(f.contents),
    assets: { 'flowchart.svg': STUB_FLOWCHART_SVG },
  }));
});

const browser = useBrowser();
let cacheDir: string;
let results: Map<string, PdfResult>;

function pdfText(pdf: Uint8Array): string {
  return squash(execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8'));
}

function pdfInfoPages(pdf: Uint8Array): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', ['-'], { input: pdf }).toString('utf8'))?.[1]);
}

/** Width and height of the first page in points, as pdfinfo reports them. */
function pdfPageSize(pdf: Uint8Array): { width: number; height: number } {
  const match = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(execFileSync('pdfinfo', ['-'], { input: pdf }).toString('utf8'));
  return { width: Number(match?.[1]), height: Number(match?.[2]) };
}

/** Compared as bytes: a failing toEqual on two PDFs would print every byte. */
function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  return a !== undefined && b !== undefined && Buffer.from(a).equals(Buffer.from(b));
}

function countingCache(inner: RenderCache) {
  const counts = { hits: 0, puts: 0 };
  const cache: RenderCache = {
    get: (kind, key) => {
      const found = inner.get(kind, key);
      if (found) counts.hits += 1;
      return found;
    },
    put: (kind, key, contents) => {
      counts.puts += 1;
      inner.put(kind, key, contents);
    },
  };
  return { cache, counts };
}

beforeAll(async () => {
  cacheDir = mkdtempSync(join(tmpdir(), 'stepladder-pdf-cache-'));
  const rendered = await renderPdfs(browser(), documents, fileCache(cacheDir));
  results = new Map(rendered.map((r) => [r.key, r]));
});

afterAll(async () => {
  if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
});

describe.each(all)('the PDF briefing of $name', ({ name, machine }) => {
  const result = () => results.get(`${name}/briefing.html`)!;

  it('renders, with its flowchart served and nothing blocked', () => {
    expect(result().error).toBeUndefined();
    expect(result().blocked).toBeUndefined();
  });

  it('fits on at most two A4 sides, and says so correctly', () => {
    expect(result().pages).toBeLessThanOrEqual(2);
    expect(result().pages).toBe(pdfInfoPages(result().pdf!));
    expect(execFileSync('pdfinfo', ['-'], { input: result().pdf! }).toString()).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it('contains every word of every stage title and timescale wording', () => {
    const words = new WordBag(pdfWords(result().pdf!));
    const wordings = machine.states.flatMap((s) => [...s.deadline, ...s.timescales]).flatMap((d) => (d.wording ? [d.wording] : []));
    const expected = [...machine.states.map((s) => s.title), ...wordings];
    expect(machine.states.length).toBeGreaterThan(0);
    for (const text of expected) expect(words.missing(text), text).toEqual([]);
  });

  it('has a running footer with the protocol title and page numbers', () => {
    const text = pdfText(result().pdf!);
    expect(text).toContain(`Page 1 of ${result().pages}`);
    expect(text).toContain(`${squash(machine.meta.title)} · version ${machine.meta.version ?? 'not stated'}`);
  });
});

describe.each(all.flatMap(({ name, machine }) => (machine.forms.length > 0 ? machine.forms.map((form) => ({ name, form })) : [])))(
  'the PDF form $form.title of $name',
  ({ name, form }) => {
    it('contains every declared field and a numbered footer', () => {
      const result = results.get(`${name}/forms/${form.id}.html`)!;
      expect(result.error).toBeUndefined();
      const words = new WordBag(pdfWords(result.pdf!));
      expect(form.fields.length).toBeGreaterThan(0);
      for (const field of form.fields) expect(words.missing(field.label), field.label).toEqual([]);
      expect(pdfText(result.pdf!)).toContain(`Page 1 of ${result.pages}`);
    });
  },
);

describe.each(all.flatMap(({ name, machine }) => machine.forms.map((form) => ({ name, form }))))(
  'the page of the PDF form $form.title of $name',
  ({ name, form }) => {
    it(form.layout === 'log' ? 'is landscape A4, its text holding every column label' : 'is portrait A4', () => {
      const result = results.get(`${name}/forms/${form.id}.html`)!;
      const { width, height } = pdfPageSize(result.pdf!);
      expect(width > height).toBe(form.layout === 'log');
      const [long, short] = width > height ? [width, height] : [height, width];
      expect(Math.abs(long - 841.9)).toBeLessThan(1);
      expect(Math.abs(short - 595.3)).toBeLessThan(1);
      if (form.layout === 'log') {
        const words = new WordBag(pdfWords(result.pdf!));
        for (const field of form.fields) expect(words.missing(field.label), field.label).toEqual([]);
      }
    });
  },
);

describe('every PDF', () => {
  it('is A4 and rendered without error', () => {
    for (const r of results.values()) {
      expect(r.error).toBeUndefined();
      expect(r.pages).toBeGreaterThan(0);
    }
  });

  it('has its dates pinned, so the same input gives the same bytes', async () => {
    const [again] = await renderPdfs(browser(), [documents[0]!], noCache());
    expect(sameBytes(again!.pdf, results.get(documents[0]!.key)!.pdf)).toBe(true);
    const info = Buffer.from(again!.pdf!).toString('latin1');
    expect(info).toContain(`/CreationDate (D:${PINNED_PDF_DATE}`);
    expect(info).not.toMatch(/\/CreationDate \(D:(?!19700101000000)/);
  });

  it('comes from the cache when nothing changed', async () => {
    const { cache, counts } = countingCache(fileCache(cacheDir));
    const again = await renderPdfs(browser(), documents.slice(0, 3), cache);
    expect(counts).toEqual({ hits: 3, puts: 0 });
    const same = again.map((r, i) => sameBytes(r.pdf, results.get(documents[i]!.key)!.pdf));
    expect(same).toEqual([true, true, true]);
  });
});

describe('requests while printing', () => {
  it('refuse anything not in the assets map, and still print', async () => {
    const html =
      '<!doctype html><html><head><link rel="stylesheet" href="https://example.com/x.css"></head>' +
      '<body><p>Offline</p><img src="https://example.com/x.png" alt="x"><img src="missing.svg" alt="y"></body></html>';
    const [r] = await renderPdfs(browser(), [{ key: 'offline', html }], noCache());
    expect(r!.error).toBeUndefined();
    expect(r!.blocked).toEqual(
      expect.arrayContaining(['https://example.com/x.css', 'https://example.com/x.png', 'https://printables.invalid/missing.svg']),
    );
    expect(pdfText(r!.pdf!)).toContain('Offline');
  });

  it('report a briefing whose flowchart was not supplied', async () => {
    const [r] = await renderPdfs(browser(), [{ key: 'no-chart', html: documents[0]!.html }], noCache());
    expect(r!.blocked).toEqual(['https://printables.invalid/flowchart.svg']);
  });
});

describe('hostile protocol text in a PDF', () => {
  it('is printed as text', async () => {
    const sefton = all.find((s) => s.name === 'sefton')!.machine;
    const { briefing } = emitPrintables(hostileMachine(sefton));
    const [r] = await renderPdfs(browser(), [{ key: 'hostile', html: String(briefing.files[0]!.contents), assets: { 'flowchart.svg': STUB_FLOWCHART_SVG } }], noCache());
    const text = pdfText(r!.pdf!);
    expect(text).toContain(HOSTILE.script);
    expect(text).toContain(HOSTILE.mustache);
    expect(r!.blocked).toBeUndefined();
  });
});
