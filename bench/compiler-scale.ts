// Benchmark: does the checker stay linear? Time per KB of source for the seeds against protocols of
// about a megabyte, and each emitter's time on them. Target (issue 16): time per KB at ~1 MB within
// 2× of time per KB for a seed. Reported, never enforced.
// Two kinds of megabyte:
// - realistic: each seed followed by copies of its own stage blocks under new ids until it is
//   ~1 MB (bench/seed-stages.ts), so its stages read as the seed's do; compared with that seed,
//   compiled the same way (with its source text). The copies hold 1.3-1.5x the tokens per KB of
//   the seed as a whole (whose roles and passages, mostly quoted text, are not copied), so the
//   table also prints the ratio per token; the target is judged per KB, as issue 16 states it;
// - dense: generated shapes (a chain of 5,000 stages, each deadline counted from the one before,
//   and 5,000 stages that each branch to the next two), 3-5× more tokens per KB than a seed, so
//   each is also compared with itself at a seed's size (50 stages).
// Each figure is the best of several timed batches (the batch other processes disturbed least).
// Run: `npx node bench/compiler-scale.ts` (also part of `npm run bench`). STAGES changes the size.
import { loadavg, cpus } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sourceTextReader } from '../cli/source-texts.ts';
import { emitters } from '../compiler/emitters/index.ts';
import { compileSource, createCompilerTools, type SourceTextFile } from '../compiler/index.ts';
import { createLanguageTools } from '../dsl/index.ts';
import { branchingStages, chainOfStages } from '../test/fuzz/generate.ts';
import { seedWithCopiedStages } from './seed-stages.ts';

const STAGES = Number(process.env.STAGES ?? 5000);
const REALISTIC_BYTES = Number(process.env.REALISTIC_BYTES ?? 1_000_000);
const root = join(import.meta.dirname, '..');
const tools = createCompilerTools();

/**
 * Milliseconds one call of `run` takes: the best of several batches, each long enough to measure,
 * after a warm-up. The best batch is the one the other processes on a shared machine disturbed least.
 */
function best(run: () => unknown, batchMs: number): number {
  run();
  let fastest = Infinity;
  for (let batch = 0; batch < 5; batch++) {
    let calls = 0;
    const start = performance.now();
    do {
      run();
      calls += 1;
    } while (performance.now() - start < batchMs);
    fastest = Math.min(fastest, (performance.now() - start) / calls);
  }
  return fastest;
}

const kb = (text: string) => Buffer.byteLength(text) / 1024;
const lexer = createLanguageTools().lexer;
/** Tokens per KB: how much the checker has to read in each KB. */
const density = (text: string) => lexer.tokenize(text).tokens.length / kb(text);
const f = (n: number, digits = 3) => n.toFixed(digits);

// The seeds, compiled as `stepladder check` compiles them: with their source texts (read once here).
// Every seed is compiled a few hundred times first: measured cold, the first seed's time was the
// JIT's warm-up (cumberland read 1.3 ms a compile here against 0.8 ms in bench/compiler-phases.ts).
const seedFiles = readdirSync(join(root, 'protocols')).filter((n) => n.endsWith('.protocol')).sort();
for (let round = 0; round < 100; round++) {
  for (const name of seedFiles) {
    const file = join('protocols', name);
    compileSource(readFileSync(join(root, file), 'utf8'), file, tools, { readSourceText: sourceTextReader(root, file) });
  }
}
let seedMs = 0;
let seedKb = 0;
const seedRows: string[] = [];
const realisticRows: string[] = [];
let worstRealistic = 0;
for (const name of seedFiles) {
  const file = join('protocols', name);
  const source = readFileSync(join(root, file), 'utf8');
  const read = sourceTextReader(root, file);
  const texts = new Map<string, SourceTextFile>();
  const readSourceText = (n: string) => texts.get(n) ?? texts.set(n, read(n)).get(n)!;
  const ms = best(() => compileSource(source, file, tools, { readSourceText }), 200);
  seedMs += ms;
  seedKb += kb(source);
  seedRows.push(`| ${name} | ${f(kb(source), 1)} | ${f(ms)} | ${f(ms / kb(source), 4)} |`);
  // The same seed at ~1 MB: its own stages copied under new ids, compiled the same way.
  const { source: large, copies } = seedWithCopiedStages(source, REALISTIC_BYTES);
  const check = compileSource(large, file, tools, { readSourceText });
  if (!check.machine) throw new Error(`${name} with copied stages does not compile: ${check.diagnostics.map((d) => d.code).join(', ')}`);
  const largeMs = best(() => compileSource(large, file, tools, { readSourceText }), 1500);
  const ratio = largeMs / kb(large) / (ms / kb(source));
  worstRealistic = Math.max(worstRealistic, ratio);
  // The copied stages are denser than the seed as a whole (its roles and passages are mostly quoted
  // text, and are not copied): printed beside the target's ratio, never instead of it.
  const denser = density(large) / density(source);
  realisticRows.push(`| ${name} + ${copies} copies of its stages | ${f(kb(large), 0)} | ${f(largeMs, 0)} | ${f(largeMs / kb(large), 4)} | ${f(ratio, 1)}× | ${f(denser, 2)}× | ${f(ratio / denser, 1)}× |`);
}
const seedPerKb = seedMs / seedKb;

const SMALL = 50;
const generated = [
  { name: `chain of ${STAGES.toLocaleString('en-GB')} stages`, source: chainOfStages(STAGES), small: chainOfStages(SMALL) },
  { name: `${STAGES.toLocaleString('en-GB')} branching stages`, source: branchingStages(STAGES), small: branchingStages(SMALL) },
];
const rows: string[] = [];
const emitterRows: string[] = [];
let worst = 0;
let worstSelf = 0;
for (const { name, source, small } of generated) {
  const result = compileSource(source, 'generated.protocol', tools);
  if (!result.machine) throw new Error(`${name} does not compile: ${result.diagnostics.map((d) => d.code).join(', ')}`);
  const machine = result.machine;
  const ms = best(() => compileSource(source, 'generated.protocol', tools), 2000);
  const ratio = ms / kb(source) / seedPerKb;
  const smallPerKb = best(() => compileSource(small, 'generated.protocol', tools), 200) / kb(small);
  const self = ms / kb(source) / smallPerKb;
  worst = Math.max(worst, ratio);
  worstSelf = Math.max(worstSelf, self);
  rows.push(`| ${name} | ${f(kb(source), 0)} | ${f(ms, 0)} | ${f(ms / kb(source), 4)} | ${f(ratio, 1)}× | ${f(smallPerKb, 4)} | ${f(self, 1)}× |`);
  const times = emitters.map((e) => best(() => e.emit(machine, { source, file: 'generated.protocol' }), 500));
  emitterRows.push(`| ${name} | ${times.map((t) => f(t, 0)).join(' | ')} |`);
}

console.log(`## Compiler scale (${new Date().toISOString().slice(0, 10)}, ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
console.log('| seed | KB | ms per compile | ms per KB |\n| --- | ---: | ---: | ---: |');
for (const r of seedRows) console.log(r);
console.log(`| all seeds | ${f(seedKb, 1)} | ${f(seedMs)} | ${f(seedPerKb, 4)} |`);
console.log(`\n| realistic (a seed's own stages copied) | KB | ms per compile | ms per KB | per KB vs that seed | tokens per KB vs that seed | per token vs that seed |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |`);
for (const r of realisticRows) console.log(r);
console.log(`\nworst time per KB at ~1 MB, realistic, vs its seed: ${f(worstRealistic, 1)}× (target ≤ 2×: ${worstRealistic <= 2 ? 'met' : 'not met'})`);
console.log(`\n| dense generated protocol | KB | ms per compile | ms per KB | per KB vs the seeds | ms per KB at ${SMALL} stages | per KB vs ${SMALL} stages |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |`);
for (const r of rows) console.log(r);
console.log(`\nworst time per KB at scale, dense, vs the seeds: ${f(worst, 1)}× (denser input: see the header)`);
console.log(`worst time per KB at scale vs the same shape at ${SMALL} stages: ${f(worstSelf, 1)}× (linear: ≤ 2×: ${worstSelf <= 2 ? 'met' : 'not met'})`);
console.log(`\n| emitter (ms) | ${emitters.map((e) => e.id).join(' | ')} |\n| --- |${' ---: |'.repeat(emitters.length)}`);
for (const r of emitterRows) console.log(r);
