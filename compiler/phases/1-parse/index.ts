// Phase 1: text → syntax tree. Syntax problems become diagnostics; when there are any, compilation
// stops here (the later phases need a whole tree).
import { createLanguageTools, type LanguageTools, parseProtocol } from '../../../dsl/index.ts';
import type { ProtocolDecl } from '../../../dsl/ast.ts';
import type { IToken } from 'chevrotain';
import type { SyntaxProblem } from '../../../dsl/index.ts';
import type { CompileContext } from '../../context.ts';
import { report, suggestion } from '../../diagnostics/report.ts';
import { statementErrors } from './statement-errors.ts';
import { codePointName, invisibleCharacterName } from '../../../dsl/control-characters.ts';

export function parse(ctx: CompileContext, tools: LanguageTools = createLanguageTools()): ProtocolDecl | null {
  // `\s` is the set `trim()` removes; the test stops at the first other character instead of copying.
  if (!/\S/.test(ctx.source)) {
    report(ctx, 'empty_file', { start: 0, end: 0 }, { file: ctx.file });
    return null;
  }
  const result = parseProtocol(ctx.source, tools);
  // Syntax errors again, one per broken statement, each with a suggestion the grammar accepts there.
  const suggestions = new Map<SyntaxProblem, string | null>();
  let found = result.problems;
  if (found.some((p) => p.kind === 'syntax_error')) {
    const errors = statementErrors(tools.parser, tools.lexer.tokenize(ctx.source).tokens).map((e) => {
      const problem = syntaxProblem(ctx.source, e.message, e.token);
      suggestions.set(problem, e.suggestion);
      return problem;
    });
    found = [...found.filter((p) => p.kind !== 'syntax_error'), ...errors];
  }
  // After a stray character or an unclosed quote, the rest of that line only produces echoes.
  const lineOf = (offset: number) => ctx.source.slice(0, offset).split('\n').length;
  const lexerLines = new Set(found.filter((p) => p.kind !== 'syntax_error').map((p) => lineOf(p.span.start)));
  const problems = found.filter((p) => p.kind !== 'syntax_error' || !lexerLines.has(lineOf(p.span.start)));
  for (const problem of problems) {
    switch (problem.kind) {
      case 'unexpected_character':
        report(ctx, 'unexpected_character', problem.span, { character: problem.text });
        break;
      case 'unterminated_text':
        report(ctx, 'unterminated_text', problem.span, {});
        break;
      case 'repeated_property':
        report(ctx, 'repeated_property', problem.span, { property: problem.text });
        break;
      case 'empty_text':
        report(ctx, 'empty_text', problem.span, {});
        break;
      case 'unterminated_comment':
        report(ctx, 'unterminated_comment', { start: problem.span.start, end: problem.span.start + 2 }, {});
        break;
      case 'invalid_escape':
        report(ctx, 'invalid_escape', problem.span, { sequence: problem.text });
        break;
      case 'control_character':
        report(ctx, 'control_character', problem.span, { character: codePointName(problem.text) });
        break;
      case 'invisible_character':
        report(ctx, 'invisible_character', problem.span, { character: codePointName(problem.text), name: invisibleCharacterName(problem.text) });
        break;
      case 'nesting_too_deep':
        report(ctx, 'nesting_too_deep', problem.span, { limit: problem.message });
        break;
      case 'syntax_error':
        // A misspelt keyword is the commonest syntax error: name the keyword it was probably meant
        // to be, but only one the parser accepts in that place.
        report(ctx, 'syntax_error', problem.span, { detail: problem.message + suggestion(suggestions.get(problem) ?? null) });
        break;
    }
  }
  return result.ast;
}

/** A parser error as a problem with a span; the end-of-file token has no position, so it points at the end. */
function syntaxProblem(source: string, message: string, token: IToken): SyntaxProblem {
  const atEnd = token.tokenType.name === 'EOF' || !(token.startOffset >= 0);
  const start = atEnd ? source.length : token.startOffset;
  const end = atEnd ? source.length : Math.min(source.length, (token.endOffset ?? start) + 1);
  return { kind: 'syntax_error', message, span: { start, end: Math.max(start, end) }, text: token.image };
}
