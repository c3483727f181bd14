// Property test: random mutations of the real protocols never crash the parser or the checker.
// Every run ends in diagnostics (or a machine), never in an exception or an internal error, and
// every diagnostic points inside the file. Bounded here; `npm run fuzz` runs many more.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSource, createCompilerTools } from '../../compiler/index.ts';
import { protocolFiles } from '../helpers/protocols.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const tools = createCompilerTools();
const seeds = protocolFiles().map((p) => p.source);

const fragments = ['{', '}', '"', '"""', '->', '/*', '*/', '//', ',', '\\', '\\u{', 'stage', 'level', 'within', 'a further', 'of', 'when', 'on', 'cite', 'record', 'acknowledge', 'deadline', '0', '-1', '2.5', '\u0000', '😀', '\u202e', '\n', ' '];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 4 })) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), other: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function apply(source: string, m: Mutation): string {
  const at = source.length === 0 ? 0 : m.at % source.length;
  switch (m.kind) {
    case 'delete':
      return source.slice(0, at) + source.slice(at + m.length);
    case 'insert':
      return source.slice(0, at) + m.text + source.slice(at);
    case 'duplicate-line': {
      const lines = source.split('\n');
      const i = m.at % lines.length;
      lines.splice(i, 0, lines[i]!);
      return lines.join('\n');
    }
    case 'swap-lines': {
      const lines = source.split('\n');
      const i = m.at % lines.length;
      const j = m.other % lines.length;
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join('\n');
    }
  }
}

describe('fuzzing the seeds', () => {
  it('never crashes and keeps every diagnostic inside the file', () => {
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), (seedIndex, mutations) => {
        const source = mutations.reduce(apply, seeds[seedIndex]!);
        const result = compileSource(source, 'fuzz.protocol', tools);
        for (const d of result.diagnostics) {
          expect(d.code, d.message).not.toBe('E0901');
          expect(d.span.start).toBeGreaterThanOrEqual(0);
          expect(d.span.end).toBeGreaterThanOrEqual(d.span.start);
          expect(d.span.end).toBeLessThanOrEqual(source.length);
        }
        if (!result.machine) expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('treats any text at all as input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const result = compileSource(text, 'any.protocol', tools);
        expect(result.machine).toBeNull();
        expect(result.diagnostics.length).toBeGreaterThan(0);
        expect(result.diagnostics.map((d) => d.code)).not.toContain('E0901');
      }),
      { numRuns: RUNS },
    );
  });
});
