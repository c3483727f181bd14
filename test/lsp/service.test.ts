// The language server's features as plain functions: the next tokens the grammar allows, the
// declarations and references of a protocol, completion, hover and quick fixes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSource, createCompilerTools } from '../../compiler/index.ts';
import { parseProtocol } from '../../dsl/index.ts';
import { acknowledgeFix, didYouMeanFix } from '../../lsp/service/code-actions.ts';
import { complete } from '../../lsp/service/completion.ts';
import { declarationOf, indexDocument, occurrenceAt, occurrencesOf } from '../../lsp/service/document-index.ts';
import { createGrammarAssist } from '../../lsp/service/grammar-assist.ts';
import { hover } from '../../lsp/service/hover.ts';
import { keywordHelp } from '../../lsp/service/keyword-help.ts';
import { keywordWords } from '../../dsl/tokens.ts';
import { ROOT } from './lsp-client.ts';

const tools = createCompilerTools();
const assist = createGrammarAssist(tools.language.parser, 'protocol');
const SEFTON = readFileSync(join(ROOT, 'protocols', 'sefton.protocol'), 'utf8');
const index = indexDocument(parseProtocol(SEFTON, tools.language).ast!);
const next = (text: string) => [...new Set(assist.nextTokens(tools.language.lexer.tokenize(text).tokens).map((t) => t.type.name))];

describe('grammar assist', () => {
  it('offers what the grammar allows next, and nothing after a token it cannot take', () => {
    expect(next('')).toEqual(['Protocol']);
    expect(next('protocol x')).toEqual(['LCurly']);
    expect(next('protocol x { stage s "S" { deadline')).toEqual(expect.arrayContaining(['Immediately', 'Within']));
    expect(next('protocol x { stage s "S" { deadline within')).toEqual(expect.arrayContaining(['Further', 'NumberLiteral']));
    expect(next('protocol x { stage s "S" { on resolved')).toEqual(expect.arrayContaining(['When', 'Arrow']));
    expect(next('protocol x { } }')).toEqual([]);
  });
});

describe('document index', () => {
  it('links every use of a name to its declaration, in separate namespaces for passages', () => {
    const role = index.symbols.get('line_manager')!;
    expect(role.kind).toBe('role');
    expect(occurrencesOf(index, role).length).toBe([...SEFTON.matchAll(/\bline_manager\b/g)].length);
    const passage = index.passages.get('step2')!;
    const stage = index.symbols.get('step2')!;
    // `step2` is both a passage and a stage: a citation points at the passage, a route at the stage.
    const cite = occurrenceAt(index, SEFTON.indexOf('cite step2\n') + 5)!;
    expect(declarationOf(index, cite)).toBe(passage);
    const route = occurrenceAt(index, SEFTON.indexOf('-> step2') + 3)!;
    expect(declarationOf(index, route)).toBe(stage);
    expect(index.stages.map((s) => s.name.name)).toEqual(['step1', 'step2', 'step3', 'step4']);
  });
});

describe('keyword help', () => {
  it('points every keyword at a section the language reference has', () => {
    const headings = readFileSync(join(ROOT, 'docs', 'language.md'), 'utf8');
    for (const word of keywordWords) expect(headings, word).toContain(`\n## ${keywordHelp(word).section}\n`);
  });
});

describe('completion and hover', () => {
  it('completes declared names where a name goes, and values nowhere else', () => {
    const inRoute = SEFTON.replace('on unresolved -> step3', 'on unresolved -> ');
    const at = inRoute.indexOf('on unresolved -> ') + 'on unresolved -> '.length;
    const labels = complete(inRoute, at, tools.language, assist, index).map((c) => c.label);
    expect(labels).toEqual(expect.arrayContaining(['step3', 'resolved', 'binding_decision']));
    expect(labels).not.toContain('line_manager'); // a route goes to a stage, outcome or exit
    // Inside a text nothing is offered.
    const inText = SEFTON.indexOf('"Escalating Concerns') + 5;
    expect(complete(SEFTON, inText, tools.language, assist, index)).toEqual([]);
  });

  it('hovers a passage with its published words, and a stale index by name', () => {
    const result = hover(SEFTON, SEFTON.indexOf('cite step2_time') + 7, index, false)!;
    expect(result.markdown).toContain('**passage** `step2_time`');
    expect(result.markdown).toContain('within a further 2 working days of step 1 (4 days total)');
    const edited = `${SEFTON.slice(0, 10)}\n${SEFTON.slice(10)}`;
    expect(hover(edited, edited.indexOf('by line_manager') + 4, index, true)!.markdown).toContain('**role** `line_manager`');
  });
});

describe('quick fixes', () => {
  it('takes a did-you-mean, and acknowledges a warning only where that silences it', () => {
    const typo = SEFTON.replace('meets line_manager with', 'meets lne_manager with');
    const e0101 = compileSource(typo, 'sefton.protocol', tools).diagnostics.find((d) => d.code === 'E0101')!;
    expect(didYouMeanFix(e0101)!.edits).toEqual([{ span: e0101.span, newText: 'line_manager' }]);

    const bare = SEFTON.replace(/ {4}acknowledge missing_owner "[^"]*"\n/, '');
    const warning = compileSource(bare, 'sefton.protocol', tools).diagnostics.find((d) => d.name === 'missing_owner')!;
    const bareIndex = indexDocument(parseProtocol(bare, tools.language).ast!);
    const fix = acknowledgeFix(bare, 'sefton.protocol', warning, bareIndex, tools)!;
    expect(fix.title).toBe("Acknowledge 'missing_owner' for stage 'step4' (then say why)");
    expect(fix.edits[0]!.newText).toBe('    acknowledge missing_owner\n');
    expect(acknowledgeFix(typo, 'sefton.protocol', e0101, null, tools)).toBeNull(); // errors cannot be acknowledged
  });
});
