// Custom token matchers for the lexer, written for speed: the lexer runs them at almost every
// token, so they decide most of the time a check takes.
//
// Chevrotain rebuilds regular expressions without the `u` flag, which breaks Unicode property
// escapes such as \p{L}; patterns that need them are run as custom matchers with a sticky regex.
// Each regex is compiled once; lastIndex is set before every use, so no state carries between calls.
import type { CustomPatternMatcherFunc } from 'chevrotain';

/** A matcher for a regular expression that needs the `u` flag, anchored at the offset. */
export function unicodeMatcher(source: string): { exec: CustomPatternMatcherFunc } {
  const sticky = new RegExp(source, 'uy');
  return {
    exec: (text, offset) => {
      sticky.lastIndex = offset;
      return sticky.exec(text);
    },
  };
}

/**
 * A matcher for one exact word not followed by `continuing` (a character class that would make it
 * a longer word). The same as the regex `word(?!continuing)` with the `u` flag, but most calls fail
 * on the first characters and compare a few characters instead of running a regex.
 */
export function wordMatcher(word: string, continuing: string): { exec: CustomPatternMatcherFunc } {
  const after = new RegExp(continuing, 'uy');
  return {
    exec: (text, offset) => {
      if (!text.startsWith(word, offset)) return null;
      after.lastIndex = offset + word.length;
      if (after.test(text)) return null;
      return [word] as unknown as RegExpExecArray;
    },
  };
}

/**
 * Characters that may start an identifier, as the lexer's first-character table wants them: the
 * exact letters below 256, and for every other character one code in each block of 255 the lexer
 * groups them into (a superset is safe: the hint only says which patterns to try). Without a hint
 * on every custom pattern the lexer tries every token type at every position.
 */
export function identifierStartHint(start: RegExp): number[] {
  const codes: number[] = [];
  for (let code = 0; code < 256; code += 1) if (start.test(String.fromCharCode(code))) codes.push(code);
  // Blocks are 255 codes wide, so a step of 128 lands in every one of them (surrogates included:
  // a letter outside the Basic Multilingual Plane starts with one).
  for (let code = 256; code <= 0xffff; code += 128) codes.push(code);
  codes.push(0xffff);
  return codes;
}
