// What every fuzz input must satisfy, and the record of slow ones. An input ends in diagnostics or a
// machine, never in an exception or an internal error (E0901); every span lies inside the file; a
// protocol that compiles also goes through every emitter. Time is measured and inputs over a second
// are reported at the end of the run, never failed on: speed is for the benchmarks.
import { expect } from 'vitest';
import { compileSource, type CompilerTools } from '../../compiler/index.ts';
import { emitters } from '../../compiler/emitters/index.ts';

export const SLOW_MS = 1000;

export interface SlowInput {
  kind: string;
  ms: number;
  length: number;
  start: string;
}

export function checkInput(source: string, kind: string, tools: CompilerTools, slow: SlowInput[], emit = true): void {
  const started = performance.now();
  const result = compileSource(source, 'fuzz.protocol', tools);
  for (const d of result.diagnostics) {
    expect(d.code, d.message).not.toBe('E0901');
    expect(d.span.start).toBeGreaterThanOrEqual(0);
    expect(d.span.end).toBeGreaterThanOrEqual(d.span.start);
    expect(d.span.end).toBeLessThanOrEqual(source.length);
  }
  if (!result.machine) expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  else if (emit) {
    for (const emitter of emitters) {
      const out = emitter.emit(result.machine, { source, file: 'fuzz.protocol' });
      expect(out.files.length, emitter.id).toBeGreaterThan(0);
    }
  }
  const ms = performance.now() - started;
  if (ms > SLOW_MS) slow.push({ kind, ms: Math.round(ms), length: source.length, start: source.slice(0, 80) });
}

export function reportSlow(slow: SlowInput[], runs: number): void {
  const lines = slow.map((s) => `  ${s.kind}: ${s.ms} ms for ${s.length.toLocaleString('en-GB')} characters (${JSON.stringify(s.start)}…)`);
  console.info(`fuzz: ${runs.toLocaleString('en-GB')} inputs, ${slow.length} over ${SLOW_MS} ms${lines.length ? `:\n${lines.join('\n')}` : ''}`);
}
