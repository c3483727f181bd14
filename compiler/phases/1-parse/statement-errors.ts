// Syntax errors as people should see them: one per broken statement, and a "did you mean" only for
// a word the grammar accepts in that place. Chevrotain's recovery resynchronises token by token, so
// one misspelt keyword used to give two or three knock-on errors (a '}' expected, then text "after the
// end of the protocol"). Here, after each first error the statement holding it is set aside and the
// rest is parsed again, so every later error is a real one; and each candidate word is tried in the
// typo's place, so a suggestion is one the parser takes there.
import type { IToken, TokenType } from 'chevrotain';
import { closest } from '../../diagnostics/suggest.ts';
import { keywords } from '../../../dsl/tokens.ts';
import type { ProtocolGrammar } from '../../../dsl/parser/grammar-stages.ts';

export interface StatementError {
  message: string;
  token: IToken;
  /** A keyword valid where the error is, close to the word written there; null when none is. */
  suggestion: string | null;
}

/** At most this many statements are set aside: a file that broken is better fixed from the top. */
const MAX_ERRORS = 20;
/** Candidate words tried in a typo's place (each try is one parse), closest first. */
const MAX_TRIES = 6;

const keywordByWord = new Map<string, TokenType>(keywords.map((t) => [String(t.LABEL).slice(1, -1), t]));

const isEnd = (token: IToken) => token.tokenType.name === 'EOF' || !(token.startOffset >= 0);

function parseErrors(parser: ProtocolGrammar, tokens: IToken[]) {
  parser.input = tokens;
  parser.protocol();
  return parser.errors;
}

function firstError(parser: ProtocolGrammar, tokens: IToken[]) {
  const errors = parseErrors(parser, tokens);
  let first = errors[0];
  for (const e of errors) if (isEnd(first!.token) || (!isEnd(e.token) && e.token.startOffset < first!.token.startOffset)) first = e;
  return first;
}

/** Whether the parser gets past `index` once the word there is replaced by `type`. */
function acceptedAt(parser: ProtocolGrammar, tokens: IToken[], index: number, type: TokenType, word: string): boolean {
  const original = tokens[index]!;
  const replaced = [...tokens];
  replaced[index] = { ...original, image: word, tokenType: type, tokenTypeIdx: type.tokenTypeIdx! };
  const error = firstError(parser, replaced);
  return error === undefined || isEnd(error.token) || error.token.startOffset > original.startOffset;
}

/** The keyword, close in spelling, that the grammar accepts in place of the word at `index`. */
function validSuggestion(parser: ProtocolGrammar, tokens: IToken[], index: number): string | null {
  const word = tokens[index]!.image;
  if (!/^[\p{L}_]/u.test(word) || keywordByWord.has(word)) return null;
  const candidates = [...keywordByWord.keys()];
  // Closest first; each is tried in the word's place and the first the parser accepts is offered.
  for (let remaining = candidates, tries = 0; remaining.length > 0 && tries < MAX_TRIES; tries++) {
    const best = closest(word, remaining);
    if (best === null) return null;
    if (acceptedAt(parser, tokens, index, keywordByWord.get(best)!, best)) return best;
    remaining = remaining.filter((c) => c !== best);
  }
  return null;
}

/**
 * The token range [start, end) of the statement holding `index`: from the first token on its line
 * at the same brace depth, up to the next line at that depth (blocks it opens included) or the brace
 * that closes the block around it.
 */
export function statementRange(tokens: IToken[], index: number): [number, number] {
  let start = index;
  const line = tokens[index]!.startLine;
  while (start > 0) {
    const previous = tokens[start - 1]!;
    if (previous.startLine !== line || previous.tokenType.name === 'LCurly' || previous.tokenType.name === 'RCurly') break;
    start--;
  }
  let depth = 0;
  let end = index;
  for (; end < tokens.length; end++) {
    const token = tokens[end]!;
    if (end > index && depth === 0 && token.startLine !== tokens[end - 1]!.endLine) break;
    if (token.tokenType.name === 'LCurly') depth++;
    if (token.tokenType.name === 'RCurly') {
      if (depth === 0) break;
      depth--;
    }
  }
  return [start, end];
}

export function statementErrors(parser: ProtocolGrammar, lexed: IToken[]): StatementError[] {
  const found: StatementError[] = [];
  let tokens = lexed;
  let after = -1;
  while (found.length < MAX_ERRORS) {
    const error = firstError(parser, tokens);
    if (!error) break;
    const index = tokens.indexOf(error.token);
    const end = isEnd(error.token);
    // A later pass that fails no further on means setting statements aside no longer helps.
    if (!end && error.token.startOffset <= after) break;
    found.push({ message: error.message, token: error.token, suggestion: index >= 0 ? validSuggestion(parser, tokens, index) : null });
    if (end || index < 0) break;
    const [start, stop] = statementRange(tokens, index);
    if (stop <= start) break;
    tokens = [...tokens.slice(0, start), ...tokens.slice(stop)];
    after = error.token.startOffset;
  }
  return found;
}
