// The TextMate grammar highlights every keyword of the language (dsl/tokens.ts) and its patterns compile.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keywordWords } from '../../dsl/tokens.ts';
import { ROOT } from './fixture-site.ts';

const grammar = JSON.parse(readFileSync(join(ROOT, 'site/src/grammar/stepladder.tmLanguage.json'), 'utf8'));

function patterns(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(patterns);
  if (node && typeof node === 'object') {
    const own = ['match', 'begin', 'end'].flatMap((k) => (typeof (node as Record<string, unknown>)[k] === 'string' ? [(node as Record<string, string>)[k]!] : []));
    return [...own, ...Object.values(node).flatMap(patterns)];
  }
  return [];
}

function scopeOf(word: string): string | null {
  for (const p of grammar.repository.keywords.patterns as Array<{ name: string; match: string }>) {
    const match = new RegExp(`^(?:${p.match})$`, 'u').exec(word);
    if (match) return p.name;
  }
  return null;
}

describe('stepladder grammar', () => {
  it('is registered under the name the pages use', () => {
    expect(grammar.name).toBe('stepladder');
    expect(grammar.scopeName).toBe('source.stepladder');
  });

  it('compiles every pattern', () => {
    for (const source of patterns(grammar)) expect(() => new RegExp(source, 'u'), source).not.toThrow();
  });

  it.each([...keywordWords].sort())('highlights the keyword %s', (word) => {
    expect(scopeOf(word)).toBe('keyword.other.stepladder');
  });

  it('does not highlight a name that only starts with a keyword', () => {
    expect(scopeOf('stage_one')).toBeNull();
    expect(scopeOf('titles')).toBeNull();
  });
});
