// Keeps docs/language.md honest: every complete ```protocol example compiles without errors, every
// fragment is written correctly (it parses in the place such a fragment belongs), and the table of
// diagnostics lists exactly the registry's codes. Examples showing a mistake start with `// Wrong`
// and are only required to name real diagnostic codes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSource, createCompilerTools } from '../../compiler/index.ts';
import { registry } from '../../compiler/diagnostics/registry.ts';
import { createLanguageTools, parseProtocol } from '../../dsl/index.ts';

const DOC = join(import.meta.dirname, '..', '..', 'docs', 'language.md');
const text = readFileSync(DOC, 'utf8');
const compilerTools = createCompilerTools();
const languageTools = createLanguageTools();

interface Fence {
  language: string;
  body: string;
  /** Line of the opening fence, for test names and messages. */
  line: number;
}

function fences(markdown: string): Fence[] {
  const result: Fence[] = [];
  const pattern = /^[ \t]*```([^\n`]*)\n([\s\S]*?)^[ \t]*```[ \t]*$/gm;
  for (const match of markdown.matchAll(pattern)) {
    const line = markdown.slice(0, match.index).split('\n').length;
    // Fences nested in a list are indented; remove that indentation so line numbers in messages match.
    const indent = /^[ \t]*/.exec(match[0])![0];
    const body = match[2]!.split('\n').map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l)).join('\n');
    result.push({ language: match[1]!.trim(), body, line });
  }
  return result;
}

const all = fences(text);
const examples = all.filter((f) => f.language === 'protocol');
const withoutComments = (body: string) => body.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '').trim();
const isWrong = (f: Fence) => /^\s*\/\/ Wrong\b/.test(f.body);
const complete = examples.filter((f) => !isWrong(f) && /^protocol\b/.test(withoutComments(f.body)));
const fragments = examples.filter((f) => !isWrong(f) && !complete.includes(f));
const wrong = examples.filter(isWrong);
const label = (f: Fence) => `line ${f.line}`;
const registryCodes: ReadonlySet<string> = new Set(Object.values(registry).map((e) => e.code));

/** The places a fragment can belong: the protocol, a stage, the source block, a form. */
const CONTEXTS: ((fragment: string) => string)[] = [
  (f) => `protocol fragment {\n${f}\n}`,
  (f) => `protocol fragment {\nstage fragment_stage "S" {\n${f}\n}\n}`,
  (f) => `protocol fragment {\nsource {\n${f}\n}\n}`,
  (f) => `protocol fragment {\nform fragment_form "F" {\n${f}\n}\n}`,
];

describe('docs/language.md', () => {
  it('has examples of each sort', () => {
    expect(complete.length).toBeGreaterThanOrEqual(2);
    expect(fragments.length).toBeGreaterThanOrEqual(20);
  });

  it('fences only protocol examples, shell commands and plain text', () => {
    const languages = new Set(all.map((f) => f.language));
    expect([...languages].filter((l) => !['protocol', 'sh', 'text'].includes(l))).toEqual([]);
  });

  it.each(complete.map((f) => [label(f), f] as const))('complete example at %s compiles without errors', (_, fence) => {
    const id = /^protocol\s+([^\s{]+)/.exec(withoutComments(fence.body))![1]!;
    const { machine, diagnostics } = compileSource(fence.body, `${id}.protocol`, compilerTools);
    const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`);
    expect(errors).toEqual([]);
    expect(machine).not.toBeNull();
  });

  it.each(fragments.map((f) => [label(f), f] as const))('fragment at %s is written correctly', (_, fence) => {
    const problems = CONTEXTS.map((wrap) => parseProtocol(wrap(fence.body), languageTools).problems);
    const fitting = problems.find((p) => p.length === 0);
    // Show the problems from the protocol-level reading when no context fits.
    expect(fitting ?? problems[0]!.map((p) => p.message)).toEqual([]);
  });

  it.each(wrong.map((f) => [label(f), f] as const))('example of a mistake at %s names a real diagnostic', (_, fence) => {
    const named = [...fence.body.matchAll(/\b([EW]\d{4})\b/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((c) => !registryCodes.has(c))).toEqual([]);
  });

  it('mentions only diagnostic codes that exist', () => {
    const mentioned = new Set([...text.matchAll(/\b([EW]\d{4})\b/g)].map((m) => m[1]!));
    expect([...mentioned].filter((c) => !registryCodes.has(c))).toEqual([]);
  });

  it('lists every diagnostic of the registry, with its name, once', () => {
    const section = text.slice(text.indexOf('## 20. Every diagnostic'));
    const rows = [...section.matchAll(/^\| ([EW]\d{4}) \| (\w+) \| (.+) \|$/gm)].map((m) => ({ code: m[1]!, name: m[2]!, meaning: m[3]!.trim() }));
    const expected = Object.entries(registry).map(([name, entry]) => `${entry.code} ${name}`).sort();
    expect(rows.map((r) => `${r.code} ${r.name}`).sort()).toEqual(expected);
    for (const row of rows) expect(row.meaning.length, row.code).toBeGreaterThan(10);
  });

  it('gives every warning a row in the acknowledgement table', () => {
    const start = text.indexOf('### Where an acknowledgement applies');
    const table = text.slice(start, text.indexOf('## 18.', start));
    const listed = new Set([...table.matchAll(/^\| (W\d{4}) (\w+) \|/gm)].map((m) => `${m[1]} ${m[2]}`));
    const warnings = Object.entries(registry).filter(([, e]) => e.severity === 'warning').map(([name, e]) => `${e.code} ${name}`);
    expect(warnings.filter((w) => !listed.has(w))).toEqual([]);
    expect([...listed].filter((w) => !warnings.includes(w))).toEqual([]);
  });
});
