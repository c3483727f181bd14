// How deep blocks nest, read off the tokens before parsing. The language needs three levels of
// braces (protocol, stage, level) plus the blocks inside them; the limit is far above that and far
// below what would exhaust the parser's call stack.
import type { IToken } from 'chevrotain';

export const MAX_NESTING = 64;

/** The first `{` that opens a block deeper than MAX_NESTING, or null. */
export function firstTooDeep(tokens: IToken[]): IToken | null {
  let depth = 0;
  // An index loop: this runs once per compile over every token, and a megabyte's for-of loop here
  // allocated an iterator result per token (2 MB a compile) before V8 optimised it.
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const name = token.tokenType.name;
    if (name === 'LCurly') {
      depth += 1;
      if (depth > MAX_NESTING) return token;
    } else if (name === 'RCurly' && depth > 0) depth -= 1;
  }
  return null;
}
