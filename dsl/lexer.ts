// The protocol lexer: Chevrotain's lexer over the token patterns, then one pass that retypes each
// word spelt exactly as a keyword. Matching keywords as patterns made the lexer try every keyword
// beginning with a word's first letter at every word (ten or more at an `s`), each a string compare
// and a regex; a word is now matched once and looked up once.
import { type ILexingResult, type IToken, Lexer } from 'chevrotain';
import { Identifier, keywordByWord, lexerTokens } from './tokens.ts';

const HYPHEN = 0x2d;

export class ProtocolLexer {
  private readonly lexer = new Lexer(lexerTokens, { positionTracking: 'full', ensureOptimizations: true });

  tokenize(text: string): ILexingResult {
    const result = this.lexer.tokenize(text);
    markKeywords(result.tokens, text);
    return result;
  }
}

/**
 * A word is a keyword when it is exactly one and no hyphen follows it. The Identifier pattern stops
 * before a hyphen only at an arrow (`stage->`), and a keyword followed by a hyphen has always been
 * a plain name, so `stage->next` keeps `stage` a name as it did when keywords were patterns.
 */
function markKeywords(tokens: IToken[], text: string): void {
  const identifier = Identifier.tokenTypeIdx;
  // An index loop, as in firstTooDeep: once per compile over every token.
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (token.tokenTypeIdx !== identifier) continue;
    const keyword = keywordByWord.get(token.image);
    if (keyword === undefined || text.charCodeAt(token.endOffset! + 1) === HYPHEN) continue;
    token.tokenType = keyword;
    token.tokenTypeIdx = keyword.tokenTypeIdx!;
  }
}
