// Custom token matchers for the lexer, written for speed: the lexer runs them at almost every
// token, so they decide most of the time a check takes.
//
// Chevrotain rebuilds regular expressions without the `u` flag, which breaks Unicode property
// escapes such as \p{L}; patterns that need them are run as custom matchers with a sticky regex.
// Each regex is compiled once; lastIndex is set before every use, so no state carries between calls.
import type { CustomPatternMatcherFunc } from 'chevrotain';

/** A matcher for a regular expression that needs the `u` flag, anchored at the offset. */
export function unicodeMatcher(source: string): { exec: CustomPatternMatcherFunc } {
  return { exec: stickyExec(source) };
}

function stickyExec(source: string): (text: string, offset: number) => RegExpExecArray | null {
  const sticky = new RegExp(source, 'uy');
  return (text, offset) => {
    sticky.lastIndex = offset;
    return sticky.exec(text);
  };
}

// Character codes the ASCII fast paths below test.
const HYPHEN = 0x2d;
const GREATER_THAN = 0x3e;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAsciiLetterOrUnderscore = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;

/**
 * The Identifier pattern, `[\p{L}_](?:[\p{L}\p{N}_]|-(?!>))*` with the `u` flag, with a fast path
 * for the words almost every protocol is written in: while the word is ASCII, its characters are
 * compared as codes and the match is one slice (a regex match allocates a match array with its
 * index, input and groups, at every word of the file). At the first character above ASCII the
 * whole word is matched again by the regex itself, so Unicode words match exactly as the regex says.
 */
export function identifierMatcher(): { exec: CustomPatternMatcherFunc } {
  const regex = stickyExec('[\\p{L}_](?:[\\p{L}\\p{N}_]|-(?!>))*');
  return {
    exec: (text, offset) => {
      const first = text.charCodeAt(offset);
      if (first >= 0x80) return regex(text, offset);
      if (!isAsciiLetterOrUnderscore(first)) return null;
      let end = offset + 1;
      for (;;) {
        const c = text.charCodeAt(end);
        if (isAsciiLetterOrUnderscore(c) || isDigit(c)) end += 1;
        else if (c === HYPHEN && text.charCodeAt(end + 1) !== GREATER_THAN) end += 1;
        else if (c >= 0x80) return regex(text, offset);
        else break;
      }
      return [text.slice(offset, end)] as unknown as RegExpExecArray;
    },
  };
}

/**
 * The NumberLiteral pattern, `\d+(?:\.\d+)?(?![\p{L}\p{N}_])` with the `u` flag, with a fast path
 * for a whole number followed by an ASCII character that is not part of a word (the "10" of "within
 * 10 working days"). Anything else (a decimal point, a character above ASCII) goes to the regex.
 */
export function numberMatcher(): { exec: CustomPatternMatcherFunc } {
  const regex = stickyExec('\\d+(?:\\.\\d+)?(?![\\p{L}\\p{N}_])');
  return {
    exec: (text, offset) => {
      if (!isDigit(text.charCodeAt(offset))) return null;
      let end = offset + 1;
      while (isDigit(text.charCodeAt(end))) end += 1;
      const next = text.charCodeAt(end);
      if (next === 0x2e || next >= 0x80) return regex(text, offset);
      // A word character straight after the digits: no shorter run of digits can match either.
      if (isAsciiLetterOrUnderscore(next)) return null;
      return [text.slice(offset, end)] as unknown as RegExpExecArray;
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
