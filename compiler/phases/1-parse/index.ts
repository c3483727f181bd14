// Phase 1: text → syntax tree. Syntax problems become diagnostics; when there are any, compilation
// stops here (the later phases need a whole tree).
import { createLanguageTools, type LanguageTools, parseProtocol } from '../../../dsl/index.ts';
import type { ProtocolDecl } from '../../../dsl/ast.ts';
import { keywordWords } from '../../../dsl/tokens.ts';
import type { CompileContext } from '../../context.ts';
import { report, suggestion } from '../../diagnostics/report.ts';
import { closest } from '../../diagnostics/suggest.ts';
import { codePointName, invisibleCharacterName } from '../../../dsl/control-characters.ts';

export function parse(ctx: CompileContext, tools: LanguageTools = createLanguageTools()): ProtocolDecl | null {
  if (ctx.source.trim() === '') {
    report(ctx, 'empty_file', { start: 0, end: 0 }, { file: ctx.file });
    return null;
  }
  const result = parseProtocol(ctx.source, tools);
  // After a stray character or an unclosed quote, the rest of that line only produces echoes.
  const lineOf = (offset: number) => ctx.source.slice(0, offset).split('\n').length;
  const lexerLines = new Set(result.problems.filter((p) => p.kind !== 'syntax_error').map((p) => lineOf(p.span.start)));
  const problems = result.problems.filter((p) => p.kind !== 'syntax_error' || !lexerLines.has(lineOf(p.span.start)));
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
      case 'syntax_error': {
        // A misspelt keyword is the commonest syntax error: name the keyword it was probably meant to be.
        // Only where a statement was expected: elsewhere a word is a value, not a misspelt keyword.
        const atStatement = problem.message.startsWith("Expected '}'") || problem.message.includes('cannot appear here');
        const typo = atStatement && /^[\p{L}_]/u.test(problem.text) && !keywordWords.has(problem.text) ? closest(problem.text, keywordWords) : null;
        report(ctx, 'syntax_error', problem.span, { detail: problem.message + suggestion(typo) });
        break;
      }
    }
  }
  return result.ast;
}
