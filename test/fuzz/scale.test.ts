// Fuzzing beyond random edits of the seeds (mutations.test.ts): protocols generated from the grammar,
// byte-level corruption of the seeds and the diagnostic samples, and generated extremes. `npm run
// fuzz` runs 20,000 cases per property (100,000 inputs with mutations.test.ts); the suite keeps a
// small run. Slow inputs are listed at the end of the run, not failed on.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { compileSource, createCompilerTools } from '../../compiler/index.ts';
import { protocolFiles } from '../helpers/protocols.ts';
import { checkInput, reportSlow, type SlowInput } from './check-input.ts';
import { applyByteEdits, branchingStages, byteEdits, chainOfStages, deepNesting, generatedProtocol, megabyteStrings } from './generate.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const FULL = process.env.FUZZ_RUNS !== undefined;
const tools = createCompilerTools();
const slow: SlowInput[] = [];
let inputs = 0;

const SAMPLES = join(import.meta.dirname, '..', 'diagnostics', 'samples');
const corpus = [
  ...protocolFiles().map((p) => p.source),
  ...readdirSync(SAMPLES).flatMap((name) => {
    try {
      return [readFileSync(join(SAMPLES, name, 'input.protocol'), 'utf8')];
    } catch {
      return [];
    }
  }),
];

afterAll(() => reportSlow(slow, inputs));

describe('fuzzing at scale', () => {
  it('has a corpus of seeds and samples to corrupt', () => {
    expect(corpus.length).toBeGreaterThan(40);
  });

  it('never crashes on protocols generated from the grammar', () => {
    let compiled = 0;
    fc.assert(
      fc.property(generatedProtocol, (source) => {
        inputs += 1;
        checkInput(source, 'generated', tools, slow);
        compiled += 1;
      }),
      { numRuns: RUNS },
    );
    expect(compiled).toBe(RUNS);
  });

  it('never crashes on byte-level corruption of the seeds and samples', () => {
    fc.assert(
      fc.property(fc.nat({ max: corpus.length - 1 }), byteEdits, (index, edits) => {
        inputs += 1;
        checkInput(applyByteEdits(corpus[index]!, edits), 'bytes', tools, slow);
      }),
      { numRuns: RUNS },
    );
  });

  it('compiles a chain of 5,000 stages without running out of stack', () => {
    inputs += 1;
    checkInput(chainOfStages(5000), 'chain of 5,000 stages', tools, slow, FULL);
  });

  it('stops at blocks nested 10,000 deep with one diagnostic', () => {
    inputs += 1;
    const source = deepNesting(10_000);
    checkInput(source, 'nesting 10,000 deep', tools, slow);
    expect(compileSource(source, 'nested.protocol', tools).diagnostics.map((d) => d.code)).toEqual(['E0021']);
  });

  it('compiles texts of a megabyte each', () => {
    inputs += 1;
    checkInput(megabyteStrings(1_000_000), 'megabyte strings', tools, slow, FULL);
  });

  it('compiles branching stages (5,000 in the full run)', () => {
    inputs += 1;
    const count = FULL ? 5000 : 100;
    checkInput(branchingStages(count), `${count.toLocaleString('en-GB')} branching stages`, tools, slow);
  });
});
