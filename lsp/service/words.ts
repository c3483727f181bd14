// The word under the cursor, by the language's own rule for names (letters, digits, `_`, and `-`
// when not part of `->`).
export interface Word {
  text: string;
  span: { start: number; end: number };
}

const NAME_CHAR = /[\p{L}\p{N}_-]/u;

export function wordAt(text: string, offset: number): Word | null {
  let start = Math.max(0, Math.min(offset, text.length));
  let end = start;
  while (start > 0 && NAME_CHAR.test(text[start - 1]!)) start -= 1;
  while (end < text.length && NAME_CHAR.test(text[end]!) && text.slice(end, end + 2) !== '->') end += 1;
  const word = text.slice(start, end).replace(/-+$/, '');
  if (!word || !/^[\p{L}_]/u.test(word)) return null;
  return { text: word, span: { start, end: start + word.length } };
}

/** The name being typed just before the cursor ("" when the cursor follows a space or symbol). */
export function prefixBefore(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && NAME_CHAR.test(text[start - 1]!)) start -= 1;
  return text.slice(start, offset);
}
