// How deep blocks nest, read off the tokens before parsing. The language needs three levels of
// braces (protocol, stage, level) plus the blocks inside them; the limit is far above that and far
// below what would exhaust the parser's call stack.
import type { IToken } from 'chevrotain';

export const MAX_NESTING = 64;

/** The first `{` that opens a block deeper than MAX_NESTING, or null. */
export function firstTooDeep(tokens: IToken[]): IToken | null {
  let depth = 0;
  for (const token of tokens) {
    const name = token.tokenType.name;
    if (name === 'LCurly') {
      depth += 1;
      if (depth > MAX_NESTING) return token;
    } else if (name === 'RCurly' && depth > 0) depth -= 1;
  }
  return null;
}
