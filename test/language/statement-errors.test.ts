// Issue 10 item 12: one syntax error per broken statement (no knock-on errors from recovery), and a
// "did you mean" only for a keyword the parser accepts where it is offered.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSource, createCompilerTools } from '../../compiler/index.ts';
import { statementRange } from '../../compiler/phases/1-parse/statement-errors.ts';
import { createLanguageTools } from '../../dsl/index.ts';

const SAMPLE = readFileSync(join(import.meta.dirname, '..', 'diagnostics', 'samples', 'form_layout_conflict', 'input.protocol'), 'utf8');
const tools = createCompilerTools();
const errors = (source: string) =>
  compileSource(source, 'sample.protocol', tools).diagnostics.filter((d) => d.code === 'E0001').map((d) => d.message);
const line = (source: string, message: string) => {
  const d = compileSource(source, 'sample.protocol', tools).diagnostics.find((x) => x.message === message)!;
  return source.slice(0, d.span.start).split('\n').length;
};

describe('syntax errors, one per statement', () => {
  it('reports a misspelt keyword once, not the braces and statements after it', () => {
    const source = SAMPLE.replace('    deadline within 2 working days', '    dealine within 2 working days');
    expect(errors(source)).toEqual(["Expected '}' but found 'dealine'. Did you mean 'deadline'?"]);
  });

  it('still reports a second broken statement further on, each at its own line, in order', () => {
    const source = SAMPLE.replace('  role worker "Worker"', '  rol worker "Worker"').replace('{ kind resolved }', '{ knd resolved }');
    expect(errors(source)).toEqual(["Expected '}' but found 'rol'. Did you mean 'role'?", "Expected '}' but found 'knd'. Did you mean 'kind'?"]);
    expect(line(source, "Expected '}' but found 'knd'. Did you mean 'kind'?")).toBe(23);
  });

  it('offers only a word valid in that place: with after "meets worker", not the equally close "what"', () => {
    expect(errors(SAMPLE.replace('meets worker with', 'meets worker wiht'))).toEqual(["Expected '}' but found 'wiht'. Did you mean 'with'?"]);
  });

  it('offers nothing when no close keyword fits there', () => {
    expect(errors(SAMPLE.replace('meets worker with', 'meets worker xyzzy'))).toEqual(["Expected '}' but found 'xyzzy'."]);
    // 'file' is close to 'field', which is a keyword, but not one that can start a statement in a stage.
    expect(errors(SAMPLE.replace('    meets worker with counterpart', '    meets worker with counterpart\n    fiel "x"'))).toEqual(["Expected '}' but found 'fiel'."]);
  });

  it('sets aside a statement with the blocks it opens, and stops at the brace closing the block around it', () => {
    const { lexer } = createLanguageTools();
    const source = 'protocol p {\n  stag one "One" {\n    cite p\n  }\n  outcome done "Done"\n}';
    const tokens = lexer.tokenize(source).tokens;
    const at = (image: string) => tokens.findIndex((t) => t.image === image);
    expect(statementRange(tokens, at('stag'))).toEqual([at('stag'), at('outcome')]);
    const inline = lexer.tokenize('protocol p {\n  record f { at evry stage }\n}').tokens;
    const evry = inline.findIndex((t) => t.image === 'evry');
    expect(inline.slice(...statementRange(inline, evry)).map((t) => t.image)).toEqual(['at', 'evry', 'stage']);
  });
});
