// The lexer's fast paths against the definitions they stand for. Identifiers and numbers are
// matched by code comparisons while the text is ASCII (dsl/token-matchers.ts), and keywords are
// found by looking each word up rather than by patterns (dsl/lexer.ts): both must give exactly the
// tokens the plain regular expressions would, on any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLanguageTools } from '../../dsl/index.ts';
import { identifierMatcher, numberMatcher } from '../../dsl/token-matchers.ts';
import { keywordWords } from '../../dsl/tokens.ts';

const IDENTIFIER = /[\p{L}_](?:[\p{L}\p{N}_]|-(?!>))*/uy;
const NUMBER = /\d+(?:\.\d+)?(?![\p{L}\p{N}_])/uy;

function viaRegex(regex: RegExp, text: string, offset: number): string | null {
  regex.lastIndex = offset;
  return regex.exec(text)?.[0] ?? null;
}

// Texts built from the characters where the fast paths branch: letters, digits, `_`, `-`, `>`, `.`,
// spaces, quotes, and characters above ASCII (a letter, a digit of another script, a combining
// mark, an emoji made of two UTF-16 units).
const piece = fc.constantFrom('a', 'Z', 'q', '_', '0', '7', '-', '>', '.', ' ', '\n', '"', '{', 'é', 'ŵ', '٣', '\u0301', '😀', '→', 'stage', 'within', 'further');
const text = fc.array(piece, { maxLength: 16 }).map((parts) => parts.join(''));

describe('lexer fast paths', () => {
  const identifier = identifierMatcher();
  const number = numberMatcher();
  const fast = (m: typeof identifier, t: string, at: number) => (m.exec as (t: string, o: number) => RegExpExecArray | null)(t, at)?.[0] ?? null;

  it('match identifiers and numbers exactly as their regular expressions do, at every offset', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (let at = 0; at <= t.length; at++) {
          expect(fast(identifier, t, at), `identifier at ${at} of ${JSON.stringify(t)}`).toBe(viaRegex(IDENTIFIER, t, at));
          expect(fast(number, t, at), `number at ${at} of ${JSON.stringify(t)}`).toBe(viaRegex(NUMBER, t, at));
        }
      }),
      { numRuns: 3000, seed: 20261201 },
    );
  });

  it('take the edge cases the regular expressions take', () => {
    expect(fast(identifier, 'stage->next', 0)).toBe('stage');
    expect(fast(identifier, 'stage-one', 0)).toBe('stage-one');
    expect(fast(identifier, 'trailing-', 0)).toBe('trailing-');
    expect(fast(identifier, 'Ysgol_ŵyr rest', 0)).toBe('Ysgol_ŵyr');
    expect(fast(number, '12.5a', 0)).toBe('12');
    expect(fast(number, '10 working', 0)).toBe('10');
    expect(fast(number, '10days', 0)).toBeNull();
  });
});

describe('keywords', () => {
  const { lexer } = createLanguageTools();
  const types = (source: string) => lexer.tokenize(source).tokens.map((t) => `${t.tokenType.name}:${t.image}`);

  it('types a word spelt exactly as a keyword as that keyword, and any other word as a name', () => {
    expect(types('stage stages stage_one Stage')).toEqual(['Stage:stage', 'Identifier:stages', 'Identifier:stage_one', 'Identifier:Stage']);
    for (const word of keywordWords) expect(types(word)).toEqual([`${word[0]!.toUpperCase()}${word.slice(1)}:${word}`]);
  });

  it('leaves a keyword with a hyphen after it a name, as in `stage-one` and `stage->next`', () => {
    expect(types('stage-one')).toEqual(['Identifier:stage-one']);
    expect(types('stage->next')).toEqual(['Identifier:stage', 'Arrow:->', 'Identifier:next']);
    expect(types('stage -> next')).toEqual(['Stage:stage', 'Arrow:->', 'Identifier:next']);
  });

  it('reads "a further" as one token and "furthermore" as a name', () => {
    expect(types('within a further 5 days')).toEqual(['Within:within', 'Further:a further', 'NumberLiteral:5', 'Identifier:days']);
    expect(types('furthermore a')).toEqual(['Identifier:furthermore', 'Identifier:a']);
  });
});
