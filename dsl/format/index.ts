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

/**
 * Lays `source` out canonically. Line endings and a byte order mark are the file's own business, not
 * layout: the text is laid out with LF and written back with the line ending it used (CRLF if any line
 * had one) and its byte order mark, so a Windows file that is laid out right is left unchanged.
 */
export function formatProtocol(source: string, tools: LanguageTools = createLanguageTools()): FormatResult {
  const bom = source.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = source.slice(bom.length);
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const result = formatLf(eol === '\n' ? body : body.replace(/\r\n/g, '\n'), tools);
  if (!result.ok) return result;
  const text = bom + (eol === '\n' ? result.text : result.text.replace(/\n/g, eol));
  return { ok: true, text, changed: text !== source };
}

function formatLf(source: string, tools: LanguageTools): FormatResult {
  const parsed = parseProtocol(source, tools, { keepCst: true });
  if (!parsed.ast || !parsed.cst) return { ok: false, problems: parsed.problems };
  const pieces = piecesOf(source, parsed.cst);
  const text = printPieces(pieces, source);

  const again = parseProtocol(text, tools, { keepCst: true });
  if (!again.ast || !again.cst || shape(again.ast) !== shape(parsed.ast) || comments(piecesOf(text, again.cst)) !== comments(pieces)) {
    throw new Error('internal: formatting would change the protocol; it was left as it is');
  }
  return { ok: true, text, changed: text !== source };
}
