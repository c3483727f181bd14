// Property test: random mutations of the real protocols never crash the parser or the checker.
// Every run ends in diagnostics (or a machine), never in an exception or an internal error, and
// every diagnostic points inside the file. Bounded here; `npm run fuzz` runs many more.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSource, createCompilerTools } from '../../compiler/index.ts';
import { protocolFiles } from '../helpers/protocols.ts';
import { apply, mutation } from './mutate.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const tools = createCompilerTools();
const seeds = protocolFiles().map((p) => p.source);

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
