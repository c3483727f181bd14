// Benchmark: how fast the checker runs over the real protocols (parse + analyze + lower +
// schema validation), and how much memory a long run holds. Run with `npm run bench`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileSource, createCompilerTools } from '../compiler/index.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const dir = join(import.meta.dirname, '..', 'protocols');
const inputs = readdirSync(dir)
  .filter((f) => f.endsWith('.protocol'))
  .map((f) => ({ file: f, source: readFileSync(join(dir, f), 'utf8') }));

const setupStart = performance.now();
const tools = createCompilerTools();
const setupMs = performance.now() - setupStart;

for (const input of inputs) compileSource(input.source, input.file, tools); // warm up
const heapBefore = process.memoryUsage().heapUsed;
const start = performance.now();
for (let i = 0; i < ROUNDS; i += 1) for (const input of inputs) compileSource(input.source, input.file, tools);
const elapsed = performance.now() - start;
const compiles = ROUNDS * inputs.length;
const bytes = inputs.reduce((n, i) => n + i.source.length, 0);

console.log('## Compiler');
console.log(`| measure | value |\n| --- | --- |`);
console.log(`| tools setup (parser + schema validator) | ${setupMs.toFixed(1)} ms |`);
console.log(`| compiles | ${compiles} (${inputs.length} protocols × ${ROUNDS}) |`);
console.log(`| per protocol | ${(elapsed / compiles).toFixed(2)} ms |`);
console.log(`| throughput | ${((bytes * ROUNDS) / 1024 / (elapsed / 1000)).toFixed(0)} KiB/s of source |`);
console.log(`| heap growth over the run | ${((process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024).toFixed(1)} MiB |`);
