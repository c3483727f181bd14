// Parser samples: a valid sample's syntax tree and an invalid sample's problems are golden files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLanguageTools, parseProtocol } from '../../dsl/index.ts';
import { protocolFiles } from '../helpers/protocols.ts';

const SAMPLES = join(import.meta.dirname, 'samples');
const tools = createLanguageTools();

describe('parser samples', () => {
  it.each(readdirSync(SAMPLES).sort())('%s', async (name) => {
    const source = readFileSync(join(SAMPLES, name, 'input.protocol'), 'utf8');
    const result = parseProtocol(source, tools);
    if (name.startsWith('valid-')) {
      expect(result.problems).toEqual([]);
      await expect(`${JSON.stringify(result.ast, null, 2)}\n`).toMatchFileSnapshot(join(SAMPLES, name, 'ast.json'));
    } else {
      expect(result.ast).toBeNull();
      expect(result.problems.length).toBeGreaterThan(0);
      for (const p of result.problems) {
        expect(p.span.start).toBeGreaterThanOrEqual(0);
        expect(p.span.end).toBeLessThanOrEqual(source.length);
      }
      await expect(`${JSON.stringify(result.problems, null, 2)}\n`).toMatchFileSnapshot(join(SAMPLES, name, 'problems.json'));
    }
  });
});

describe('text', () => {
  it('decodes escapes and folds triple-quoted passages', () => {
    const source = readFileSync(join(SAMPLES, 'valid-unicode-escapes-comments', 'input.protocol'), 'utf8');
    const ast = parseProtocol(source, tools).ast!;
    expect(ast.title[0]!.value).toBe('Ymgyfeirio – “quoted” "escaped" tab\tend 😀 ’');
    expect(ast.partnership[0]!.name.value).toBe('A passage over several lines, folded into one.');
  });

  it('keeps blank lines in triple-quoted text as paragraph breaks', () => {
    const ast = parseProtocol('protocol x { title """First line\n  wraps.\n\n  Second paragraph.""" }', tools).ast!;
    expect(ast.title[0]!.value).toBe('First line wraps.\n\nSecond paragraph.');
  });

  it('keeps spans on the exact words', () => {
    const source = 'protocol x { title "T" partnership "P" nation england }';
    const ast = parseProtocol(source, tools).ast!;
    const nation = ast.nation[0]!;
    expect(source.slice(nation.span.start, nation.span.end)).toBe('england');
  });
});

// parseProtocol may build each top-level item's AST as the parser finishes it and drop the item's CST
// (`buildWhileParsing`, the default for large texts), or build the AST after the parse (the default
// for a seed-sized text, and with `keepCst`, which the formatter uses). All must give the same AST
// and the same problems on every input, a broken one included.
describe('building items as they are parsed', () => {
  const inputs = [
    ...protocolFiles().map((p) => ({ name: p.file, source: p.source })),
    ...readdirSync(SAMPLES).sort().map((name) => ({ name, source: readFileSync(join(SAMPLES, name, 'input.protocol'), 'utf8') })),
    // Items built before a syntax error, an escape problem in an early item, an error inside an item.
    { name: 'late syntax error', source: 'protocol x { title "T" stage a "A" { action "x" } stage b "B" { action } }' },
    { name: 'early bad escape', source: 'protocol x { title "bad \\q" stage a "A" { action "x" } }' },
    { name: 'repeated owner', source: 'protocol x { stage a "A" { owner r owner s } }' },
  ];

  it.each(inputs)('gives the same AST and problems as the whole CST: $name', ({ source }) => {
    const streamed = parseProtocol(source, tools, { buildWhileParsing: true });
    const after = parseProtocol(source, tools, { buildWhileParsing: false });
    const whole = parseProtocol(source, tools, { keepCst: true });
    for (const other of [after, whole]) {
      expect(JSON.stringify(streamed.ast)).toBe(JSON.stringify(other.ast));
      expect(streamed.problems).toEqual(other.problems);
    }
    expect(streamed.cst).toBeNull();
    expect(after.cst).toBeNull();
    if (whole.problems.length === 0) expect(whole.cst).not.toBeNull();
  });
});
