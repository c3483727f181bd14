// The language's public entry point: text in, syntax tree (or syntax errors) out.
import type { CstNode } from 'chevrotain';
import type { ProtocolDecl, Span } from './ast.ts';
import { addProtocolItem, buildProtocol, emptyProtocol, finishProtocol } from './cst-to-ast/build-protocol.ts';
import type { BuildContext } from './cst-to-ast/read.ts';
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
  /** The concrete syntax tree, when asked for (ParseOptions.keepCst) and the text has no problems: every token, for the formatter. */
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

export interface ParseOptions {
  /** Keep the whole concrete syntax tree in the result: the formatter reads every token from it. */
  keepCst?: boolean;
  /**
   * Build each top-level item's AST as soon as the parser finishes it and drop the item's CST, so
   * the whole CST (about 390 bytes a token) never exists at once. Left unset, a text of
   * BUILD_WHILE_PARSING_FROM_TOKENS tokens or more is built so: at a megabyte the whole CST was
   * 24 MB kept alive to the end of the parse and copied by each young-generation collection. A
   * seed-sized text is built after the parse, which measured faster for it (docs/benchmarks.md).
   * Either way the AST and the problems are the same (test/language/parser.test.ts).
   */
  buildWhileParsing?: boolean;
}

/** About 300 KB of protocol text: far above any real protocol, far below the megabyte benches. */
export const BUILD_WHILE_PARSING_FROM_TOKENS = 20_000;

export function parseProtocol(source: string, tools: LanguageTools = createLanguageTools(), options: ParseOptions = {}): ParseResult {
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
  const escapes: SyntaxProblem[] = [];
  const build: BuildContext = {
    invalidEscape: (span, sequence) => escapes.push({ kind: 'invalid_escape', message: sequence, span, text: sequence }),
    emptyText: (span) => escapes.push({ kind: 'empty_text', message: 'empty text', span, text: source.slice(span.start, span.end) }),
    repeated: (span, property) => escapes.push({ kind: 'repeated_property', message: property, span, text: property }),
    controlCharacter: (span, character) =>
      escapes.push({ kind: isControlCharacter(character) ? 'control_character' : 'invisible_character', message: character, span, text: character }),
  };
  const { parser } = tools;
  const buildWhileParsing = !options.keepCst && (options.buildWhileParsing ?? lexed.tokens.length >= BUILD_WHILE_PARSING_FROM_TOKENS);
  const streamed = buildWhileParsing ? emptyProtocol() : null;
  parser.input = lexed.tokens;
  if (streamed) {
    // Items are built only while the text is sound: after any problem the result has no AST, and a
    // recovered item may lack parts the builder requires.
    parser.onProtocolItem = (item) => {
      if (problems.length > 0 || parser.errors.length > 0 || !item) return;
      addProtocolItem(streamed, item, build);
      // Drops the item's subtree (Chevrotain has already read its position and never reads it again):
      // it can be collected while young, instead of being kept, and copied by each young-generation
      // collection, until the whole protocol is parsed.
      for (const key in item.children) item.children[key]!.length = 0;
    };
  }
  let cst: CstNode;
  try {
    cst = parser.protocol();
  } finally {
    parser.onProtocolItem = null;
  }
  for (const e of parser.errors) {
    const token = e.token;
    // The end-of-file token has no real position (NaN or -1): point at the end of the text.
    const atEnd = token.tokenType.name === 'EOF' || !(token.startOffset >= 0);
    const start = atEnd ? source.length : token.startOffset;
    const end = atEnd ? source.length : Math.min(source.length, (token.endOffset ?? start) + 1);
    problems.push({ kind: 'syntax_error', message: e.message, span: { start, end: Math.max(start, end) }, text: token.image });
  }
  if (problems.length > 0) return { ast: null, problems, cst: null };
  const ast = streamed ? finishProtocol(streamed, cst) : buildProtocol(cst, build);
  return { ast: escapes.length > 0 ? null : ast, problems: escapes, cst: options.keepCst ? cst : null };
}
