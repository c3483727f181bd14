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
  /** The concrete syntax tree, when asked for (ParseOptions.keepCst) and the text has no syntax errors: every token, for the formatter. */
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
  /**
   * Keep the whole concrete syntax tree in the result (the formatter reads every token from it).
   * Without it, each top-level item's AST is built as soon as the parser finishes the item and the
   * item's CST is dropped, so a large protocol's CST never exists whole: at a megabyte it was 24 MB
   * kept alive through the parse, which the garbage collector copied again and again.
   */
  keepCst?: boolean;
}

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
  const streamed = options.keepCst ? null : emptyProtocol();
  parser.input = lexed.tokens;
  if (streamed) {
    // Items are built only while the text is sound: after any problem the result has no AST, and a
    // recovered item may lack parts the builder requires.
    parser.onProtocolItem = (item) => {
      if (problems.length > 0 || parser.errors.length > 0 || !item) return;
      addProtocolItem(streamed, item, build);
      // Drops the item's subtree: it can be collected while it is young, instead of being kept (and
      // copied by each young-generation collection) until the whole protocol is parsed.
      const children: Record<string, unknown> = item.children;
      for (const key of Object.keys(children)) delete children[key];
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
  return { ast: escapes.length > 0 ? null : ast, problems: escapes, cst: streamed ? null : cst };
}
