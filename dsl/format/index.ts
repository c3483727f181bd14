// `formatProtocol`: the canonical layout of a protocol file (see print.ts for the rules). The result
// is checked before it is returned: it must parse to the same syntax tree, with the same comments,
// or the formatter refuses (an internal error) rather than change what a protocol says.
import type { CstNode } from 'chevrotain';
import { createLanguageTools, parseProtocol, type LanguageTools, type SyntaxProblem } from '../index.ts';
import { piecesOf } from './pieces.ts';
import { printPieces } from './print.ts';

export type FormatResult = { ok: true; text: string; changed: boolean } | { ok: false; problems: SyntaxProblem[] };

/** The syntax tree without positions, for comparing two layouts of the same protocol. */
function shape(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => (key === 'span' ? undefined : v));
}

function comments(pieces: ReturnType<typeof piecesOf>): string {
  return JSON.stringify(pieces.filter((p) => p.kind !== 'token').map((p) => p.text.trim()));
}

export function formatProtocol(source: string, tools: LanguageTools = createLanguageTools()): FormatResult {
  const parsed = parseProtocol(source, tools);
  if (!parsed.ast) return { ok: false, problems: parsed.problems };
  // parseProtocol leaves the CST of its last run in the parser; read it again for the tokens' places.
  tools.parser.input = tools.lexer.tokenize(source).tokens;
  const cst: CstNode = tools.parser.protocol();
  const pieces = piecesOf(source, cst);
  const text = printPieces(pieces, source);

  const again = parseProtocol(text, tools);
  tools.parser.input = tools.lexer.tokenize(text).tokens;
  const reprinted = piecesOf(text, tools.parser.protocol());
  if (!again.ast || shape(again.ast) !== shape(parsed.ast) || comments(reprinted) !== comments(pieces)) {
    throw new Error('internal: formatting would change the protocol; it was left as it is');
  }
  return { ok: true, text, changed: text !== source };
}
