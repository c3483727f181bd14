// PDF text checks that hold whatever poppler's layout analysis does. `pdftotext` decides the reading
// order of a table's columns by its own heuristics, and versions differ (a fresh machine's poppler
// 22.12 puts a briefing table's cells in another order than the one these tests were first written
// on), so a wording that wraps inside a cell is not one run of text everywhere. These helpers read
// the words Chromium drew (`pdftotext -bbox`, one element a word) and compare them as a multiset:
// a wording is present when every one of its words is, as often as the wording uses it.
import { execFileSync } from 'node:child_process';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);/gi, (_, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()]!;
  });
}

/** Every word drawn in the PDF, in no particular order, as pdftotext's -bbox output lists them. */
export function pdfWords(pdf: Uint8Array): string[] {
  const xhtml = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');
  return [...xhtml.matchAll(/<word\b[^>]*>([^<]*)<\/word>/g)].map((m) => decodeXml(m[1]!));
}

function tokens(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter((t) => t !== '');
}

/** A multiset of the PDF's words, lower-cased, for order-free look-ups. */
export class WordBag {
  private readonly counts = new Map<string, number>();

  constructor(words: readonly string[]) {
    for (const word of words.flatMap(tokens)) this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
  }

  get size(): number {
    let total = 0;
    for (const n of this.counts.values()) total += n;
    return total;
  }

  /** The words of `text` the PDF does not hold (as often as `text` uses them); empty when all are there. */
  missing(text: string): string[] {
    const needed = new Map<string, number>();
    for (const word of tokens(text)) needed.set(word, (needed.get(word) ?? 0) + 1);
    const absent: string[] = [];
    for (const [word, n] of needed) {
      const have = this.counts.get(word) ?? 0;
      for (let i = have; i < n; i++) absent.push(word);
    }
    return absent;
  }
}
