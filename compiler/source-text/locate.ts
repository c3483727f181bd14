// Passages located in the source text, the sentence nearest a passage that is not there (for a
// did-you-mean), and coverage: which sentences no passage holds.
import { normalise, type SourceText } from './normalise.ts';

/** A stretch of the normalised source text: [start, end). */
export interface TextRange {
  start: number;
  end: number;
}

/** Every place the passage occurs in the normalised source, as [start, end) ranges. */
export function locate(source: SourceText, passage: string): TextRange[] {
  const needle = normalise(passage);
  if (needle === '') return [];
  const found: TextRange[] = [];
  for (let at = source.normalised.indexOf(needle); at !== -1; at = source.normalised.indexOf(needle, at + 1)) {
    found.push({ start: at, end: at + needle.length });
  }
  return found;
}

function words(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));
}

/**
 * The sentence (or run of up to three consecutive sentences, since a passage may span several)
 * sharing the largest share of words with the passage (Dice coefficient), if any is close enough.
 */
export function nearestSentence(source: SourceText, passage: string): string | null {
  const wanted = words(passage);
  let best: string | null = null;
  let bestScore = 0;
  for (let first = 0; first < source.sentences.length; first += 1) {
    for (let count = 1; count <= 3 && first + count <= source.sentences.length; count += 1) {
      const run = source.sentences.slice(first, first + count);
      const text = source.normalised.slice(run[0]!.start, run[run.length - 1]!.end);
      const have = words(text);
      let shared = 0;
      for (const w of have) if (wanted.has(w)) shared += 1;
      const score = (2 * shared) / (have.size + wanted.size);
      if (score > bestScore) {
        best = text;
        bestScore = score;
      }
    }
  }
  return bestScore >= 0.5 ? best : null;
}

export interface Coverage {
  sentences: number;
  covered: number;
  /** Whole percent, rounded down so that 100 means every sentence. */
  percent: number;
  uncovered: string[];
}

/** A sentence is covered when every letter and digit of it lies inside some passage. */
export function coverage(source: SourceText, passages: string[], find: (source: SourceText, passage: string) => TextRange[] = locate): Coverage {
  const held = new Uint8Array(source.normalised.length);
  for (const passage of passages) for (const range of find(source, passage)) held.fill(1, range.start, range.end);
  const uncovered: string[] = [];
  for (const sentence of source.sentences) {
    for (let i = sentence.start; i < sentence.end; i += 1) {
      if (!held[i] && /[\p{L}\p{N}]/u.test(source.normalised[i]!)) {
        uncovered.push(sentence.text);
        break;
      }
    }
  }
  const total = source.sentences.length;
  const covered = total - uncovered.length;
  return { sentences: total, covered, percent: total === 0 ? 100 : Math.floor((covered * 100) / total), uncovered };
}
