// The language's public entry point: text in, syntax tree (or syntax errors) out.
import type { CstNode } from 'chevrotain';
import type { ProtocolDecl, Span } from './ast.ts';
import { buildProtocol } from './cst-to-ast/build-protocol.ts';
import { isControlCharacter } from './control-characters.ts';
import { ProtocolLexer } from './lexer.ts';
import { firstTooDeep, MAX_NESTING } from './nesting.ts';
import { ProtocolGrammar } from './parser/grammar-stages.ts';

export type { ProtocolDecl } from './ast.ts';

export interface SyntaxProblem {
  kind: 'unexpected_character' | 'unterminated_text' | 'unterminated_comment' | 'syntax_error' | 'invalid_escape' | 'empty_text' | 'repeated_property' | 'control_character' | 'invisible_character' | 'nesting_too_deep';
  message: string;
  span: Span;
  /** The offending text, for messages. */
  text: string;
}

export interface ParseResult {
  ast: ProtocolDecl | null;
  problems: SyntaxProblem[];
  /** The concrete syntax tree, when the text has no syntax errors: every token, for the formatter. */
  cst: CstNode | null;
}

/** A lexer and parser pair. Building one takes a few milliseconds; reuse it across files. */
export interface LanguageTools {
  lexer: ProtocolLexer;
  parser: ProtocolGrammar;
}

export function createLanguageTools(): LanguageTools {
  return {
    lexer: new ProtocolLexer(),
    parser: new ProtocolGrammar(),
  };
}

export function parseProtocol(source: string, tools: LanguageTools = createLanguageTools()): ParseResult {
  const problems: SyntaxProblem[] = [];
  const lexed = tools.lexer.tokenize(source);
  for (const e of lexed.errors) {
    const character = source.slice(e.offset, e.offset + 1);
    const unterminated = character === '"';
    const comment = source.startsWith('/*', e.offset);
    problems.push({
      kind: comment ? 'unterminated_comment' : unterminated ? 'unterminated_text' : 'unexpected_character',
      message: e.message,
      span: { start: e.offset, end: Math.min(source.length, e.offset + (unterminated || comment ? e.length : 1)) },
      text: character,
    });
  }
  // The parser descends once per nested block: a limit keeps its stack (and every later walk over
  // the tree) bounded whatever the input, long before the language's two levels stop being enough.
  const tooDeep = firstTooDeep(lexed.tokens);
  if (tooDeep) {
    problems.push({ kind: 'nesting_too_deep', message: String(MAX_NESTING), span: { start: tooDeep.startOffset, end: tooDeep.startOffset + 1 }, text: '{' });
    return { ast: null, problems, cst: null };
  }
  tools.parser.input = lexed.tokens;
  const cst = tools.parser.protocol();
  for (const e of tools.parser.errors) {
    const token = e.token;
    // The end-of-file token has no real position (NaN or -1): point at the end of the text.
    const atEnd = token.tokenType.name === 'EOF' || !(token.startOffset >= 0);
    const start = atEnd ? source.length : token.startOffset;
    const end = atEnd ? source.length : Math.min(source.length, (token.endOffset ?? start) + 1);
    problems.push({ kind: 'syntax_error', message: e.message, span: { start, end: Math.max(start, end) }, text: token.image });
  }
  if (problems.length > 0) return { ast: null, problems, cst: null };
  const escapes: SyntaxProblem[] = [];
  const ast = buildProtocol(cst, {
    invalidEscape: (span, sequence) => escapes.push({ kind: 'invalid_escape', message: sequence, span, text: sequence }),
    emptyText: (span) => escapes.push({ kind: 'empty_text', message: 'empty text', span, text: source.slice(span.start, span.end) }),
    repeated: (span, property) => escapes.push({ kind: 'repeated_property', message: property, span, text: property }),
    controlCharacter: (span, character) =>
      escapes.push({ kind: isControlCharacter(character) ? 'control_character' : 'invisible_character', message: character, span, text: character }),
  });
  return { ast: escapes.length > 0 ? null : ast, problems: escapes, cst };
}
