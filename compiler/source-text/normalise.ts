// The published source text as the compiler compares it: lines and sentences of plain text.
// Comparison forgives only what copying changes without changing the words: runs of spaces and
// line breaks, and curly versus straight quotation marks. Markdown files are read as the text a
// reader sees (headings, bold markers and link targets removed), nothing more.

export interface Sentence {
  /** The sentence as the reader sees it, on one line. */
  text: string;
  /** Offsets into the normalised text. */
  start: number;
  end: number;
}

export interface SourceText {
  /** Every line of the text, normalised and joined by single spaces. */
  normalised: string;
  /** The sentences that coverage counts (headings are not sentences). */
  sentences: Sentence[];
}

const CURLY = /[\u2018\u2019\u201c\u201d]/;
const QUOTES: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"' };

/** Whitespace runs → one space, curly quotes → straight; nothing else changes. */
/** Whitespace that normalise() would change: a run, a space other than U+0020, or one at either end. */
const UNNORMAL_SPACE = /\s\s|[^\S ]|^\s|\s$/;

export function normalise(text: string): string {
  // Called for every line of a source text and every passage: the quote pass is skipped when there
  // are no curly quotes, which is most of them, and the space pass when the spaces are already single.
  if (!CURLY.test(text) && !UNNORMAL_SPACE.test(text)) return text;
  const straight = CURLY.test(text) ? text.replace(/[\u2018\u2019\u201c\u201d]/g, (q) => QUOTES[q]!) : text;
  return straight.replace(/\s+/g, ' ').trim();
}

interface Line {
  text: string;
  heading: boolean;
  item: boolean;
}

function markdownLine(raw: string): Line {
  const heading = /^\s*#{1,6}\s/.test(raw);
  const text = raw
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\*\*|__/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  return { text, heading, item: /^\s*[-*+]\s/.test(raw) };
}

function plainLine(raw: string): Line {
  return { text: raw, heading: false, item: /^\s*[-*+•]\s/.test(raw) };
}

const WORD = /[\p{L}\p{N}]+/gu;
/** A line this short without a full stop is a heading, not a sentence. */
const HEADING_WORDS = 8;

function isHeadingLine(line: Line, text: string): boolean {
  if (line.heading) return true;
  if (line.item) return false;
  return !/[.!?:;…)"']$/.test(text) && (text.match(WORD) ?? []).length < HEADING_WORDS;
}

/**
 * Splits a line into sentences after . ! ? or … followed by a space and a capital, digit or quote,
 * or run on without a space ("timescales stated.Step 1", as text copied out of a document can be).
 */
function splitSentences(text: string): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  const boundary = /[.!?…]["')\]]*(?:\s+(?=[\p{Lu}\p{N}"'(\[→-])|(?<=\p{Ll}[.!?])(?=\p{Lu}))/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].trimEnd().length;
    parts.push({ start, end });
    start = match.index + match[0].length;
  }
  if (start < text.length) parts.push({ start, end: text.length });
  return parts;
}

export function readSourceText(text: string, fileName: string): SourceText {
  const markdown = /\.(md|markdown)$/i.test(fileName);
  let normalised = '';
  const sentences: Sentence[] = [];
  for (const raw of text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/)) {
    const line = markdown ? markdownLine(raw) : plainLine(raw);
    const lineText = normalise(line.text);
    if (lineText === '' || !/[\p{L}\p{N}]/u.test(lineText)) continue;
    if (normalised !== '') normalised += ' ';
    const offset = normalised.length;
    normalised += lineText;
    if (isHeadingLine(line, lineText)) continue;
    splitSentences(lineText).forEach((part, index) => {
      const sentence = lineText.slice(part.start, part.end);
      // A heading run on after the last sentence of a line ("….Step 1") is a heading too.
      const runOnHeading = index > 0 && isHeadingLine({ ...line, item: false }, sentence);
      if (/[\p{L}\p{N}]/u.test(sentence) && !runOnHeading) sentences.push({ text: sentence, start: offset + part.start, end: offset + part.end });
    });
  }
  return { normalised, sentences };
}
