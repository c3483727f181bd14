// `formatProtocol`: the canonical layout of a protocol file (see print.ts for the rules). The result
// is checked before it is returned: it must parse to the same syntax tree, with the same comments,
// or the formatter refuses (an internal error) rather than change what a protocol says.
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
  if (!parsed.ast || !parsed.cst) return { ok: false, problems: parsed.problems };
  const pieces = piecesOf(source, parsed.cst);
  const text = printPieces(pieces, source);

  const again = parseProtocol(text, tools);
  if (!again.ast || !again.cst || shape(again.ast) !== shape(parsed.ast) || comments(piecesOf(text, again.cst)) !== comments(pieces)) {
    throw new Error('internal: formatting would change the protocol; it was left as it is');
  }
  return { ok: true, text, changed: text !== source };
}
