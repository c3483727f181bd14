// Benchmark: where the checker's time goes, phase by phase (lex, parse, CST → AST, analyze, source
// coverage, lower,
// schema validation), for each seed, against reading the compiled result back: JSON.parse of its
// machine.json and yaml.parse of the same machine written as YAML. Targets (issue 16), reported,
// never enforced: lex..validate ≤ 20× JSON.parse of the output, and ≥ 7× faster than yaml.parse.
// Each figure is the median of BATCHES batches (each ROUNDS / BATCHES calls, after a warm-up): on a
// shared 2-core machine a mean is dominated by the batches in which another process held the CPU
// (V8's parallel scavenger then waits for its helper threads), the median is the typical call.
// The compiler tools are made once, as the CLI and the language server make them; the source texts
// are read once and normalised once per tools (CompilerTools.sourceTexts), as a language server
// rechecking an edited protocol against an unchanged text does.
// The two ratios are then measured again, BENCH_REPEATS passes in all (default 5), and judged on the
// median pass (see below).
// Run: `npx node bench/compiler-phases.ts` (also part of `npm run bench`).
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { stringify as toYaml, parse as parseYaml } from 'yaml';
import { buildProtocol } from '../dsl/cst-to-ast/build-protocol.ts';
import { createLanguageTools } from '../dsl/index.ts';
import { sourceTextReader } from '../cli/source-texts.ts';
import { compileSource, createCompilerTools } from '../compiler/index.ts';
import { createContext } from '../compiler/context.ts';
import { createMachineValidator } from '../compiler/ir/validate.ts';
import { analyze } from '../compiler/phases/2-analyze/index.ts';
import { lower } from '../compiler/phases/3-lower/index.ts';
import { protocolCoverage } from '../compiler/source-text/protocol-coverage.ts';
import { medianPerCall } from './median-time.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const BATCHES = 10;
const root = join(import.meta.dirname, '..');
const dir = join(root, 'protocols');
const files = readdirSync(dir).filter((f) => f.endsWith('.protocol')).sort();

/** Milliseconds per call of `run`: the median of BATCHES batches of ROUNDS / BATCHES calls, after a warm-up. */
const median = (run: () => unknown): number => medianPerCall(run, BATCHES, ROUNDS / BATCHES, 5);

const language = createLanguageTools();
const validate = createMachineValidator();
const tools = createCompilerTools();
const noop = () => undefined;
const rows: string[][] = [];
const totals = { compile: 0, json: 0, yaml: 0 };

// Warm every phase on every seed first: measured cold, the first seed's rows were the JIT's
// warm-up (its parse column read 2 ms against a whole compile of 1).
for (let round = 0; round < 50; round++) {
  for (const name of files) {
    const file = join('protocols', name);
    compileSource(readFileSync(join(root, file), 'utf8'), file, tools, { readSourceText: sourceTextReader(root, file) });
  }
}

for (const name of files) {
  const file = join('protocols', name);
  const source = readFileSync(join(root, file), 'utf8');
  const readSourceText = sourceTextReader(root, file);
  const { machine } = compileSource(source, file, tools, { readSourceText });
  if (!machine) throw new Error(`${file} does not compile`);
  const json = JSON.stringify(machine);
  const yamlText = toYaml(machine);

  const lex = median(() => language.lexer.tokenize(source));
  const tokens = language.lexer.tokenize(source).tokens;
  const parse = median(() => {
    language.parser.input = tokens;
    return language.parser.protocol();
  });
  language.parser.input = tokens;
  const cst = language.parser.protocol();
  const handlers = { invalidEscape: noop, emptyText: noop, repeated: noop, controlCharacter: noop };
  const toAst = median(() => buildProtocol(cst, handlers));
  const ast = buildProtocol(cst, handlers);
  // Source texts are read once per check; the analysis locates passages in them.
  const texts = new Map(ast.sources.flatMap((s) => (s.file ? [[s.file.value, readSourceText(s.file.value)] as const] : [])));
  const fresh = () => {
    const ctx = createContext(file, source, tools.sourceTexts);
    ctx.sourceTexts = texts;
    return ctx;
  };
  const analyzeMs = median(() => analyze(fresh(), ast));
  const analysis = analyze(fresh(), ast);
  const coverageMs = median(() => protocolCoverage(analysis, fresh()));
  const lowerMs = median(() => lower(analysis));
  const validateMs = median(() => validate(machine));
  const whole = median(() => compileSource(source, file, tools, { readSourceText: (n) => texts.get(n)! }));
  const jsonMs = median(() => JSON.parse(json));
  const yamlMs = median(() => parseYaml(yamlText));
  totals.compile += whole;
  totals.json += jsonMs;
  totals.yaml += yamlMs;
  const f = (ms: number) => ms.toFixed(3);
  rows.push([name.replace(/\.protocol$/, ''), f(lex), f(parse), f(toAst), f(analyzeMs), f(coverageMs), f(lowerMs), f(validateMs), f(whole), f(jsonMs), f(yamlMs)]);
}

console.log(`## Compiler phases (ms per protocol, median of ${BATCHES} batches of ${Math.max(1, Math.round(ROUNDS / BATCHES))} runs; ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
console.log('| protocol | lex | parse | CST→AST | analyze | coverage | lower | validate | whole compile | JSON.parse | yaml.parse |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
// The ratios again, REPEATS passes in all: on this kind of VM the machine's speed drifts by a fifth
// or more between runs minutes apart (yaml.parse of the same text read 22 ms and 42 ms in one
// evening), and the checker's own speed keeps rising for the first few thousand compiles of a process
// (V8 sizes the young generation up as it goes: started at 16 MB, the first pass read 22× instead of
// 33×), so one pass's verdict at the boundary is a coin toss. Each pass measures, for each seed in
// turn, the whole compile, JSON.parse and yaml.parse close together, so a pass's ratios share its
// conditions. Every pass is printed, the first (the table's) included; the verdict is the median's.
const REPEATS = Number(process.env.BENCH_REPEATS ?? 5);
const inputs = files.map((name) => {
  const file = join('protocols', name);
  const source = readFileSync(join(root, file), 'utf8');
  const read = sourceTextReader(root, file);
  const texts = new Map<string, ReturnType<typeof read>>();
  const readSourceText = (n: string) => texts.get(n) ?? texts.set(n, read(n)).get(n)!;
  const machine = compileSource(source, file, tools, { readSourceText }).machine!;
  return { file, source, readSourceText, json: JSON.stringify(machine), yamlText: toYaml(machine) };
});
const passes = [{ vsJson: totals.compile / totals.json, vsYaml: totals.yaml / totals.compile }];
for (let pass = 1; pass < REPEATS; pass++) {
  const sum = { compile: 0, json: 0, yaml: 0 };
  for (const { file, source, readSourceText, json, yamlText } of inputs) {
    sum.compile += median(() => compileSource(source, file, tools, { readSourceText }));
    sum.json += median(() => JSON.parse(json));
    sum.yaml += median(() => parseYaml(yamlText));
  }
  passes.push({ vsJson: sum.compile / sum.json, vsYaml: sum.yaml / sum.compile });
}
console.log(`\nEach pass, vs JSON.parse / vs yaml.parse: ${passes.map((p) => `${p.vsJson.toFixed(1)}× / ${p.vsYaml.toFixed(1)}×`).join(', ')}`);
const middle = <T>(values: T[], key: (v: T) => number) => [...values].sort((a, b) => key(a) - key(b))[Math.floor(values.length / 2)]!;
const range = (values: number[]) => `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;
const vsJson = middle(passes, (p) => p.vsJson).vsJson;
const vsYaml = middle(passes, (p) => p.vsYaml).vsYaml;
console.log(`whole compile vs JSON.parse of its output: ${vsJson.toFixed(1)}× the time, median of ${passes.length} passes (range ${range(passes.map((p) => p.vsJson))}; target ≤ 20×: ${vsJson <= 20 ? 'met' : 'not met'})`);
console.log(`whole compile vs yaml.parse of the same machine: ${vsYaml.toFixed(1)}× faster, median of ${passes.length} passes (range ${range(passes.map((p) => p.vsYaml))}; target ≥ 7×: ${vsYaml >= 7 ? 'met' : 'not met'})`);
