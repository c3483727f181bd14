// One sample per registry entry: `samples/<name>/input.protocol` compiles to the golden
// `diagnostics.txt`, which must contain that entry's code. A meta-test keeps the two in step.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSource, createCompilerTools, type CompilerTools } from '../../compiler/index.ts';
import { parseConfig, reviewDiagnostics } from '../../compiler/config/index.ts';
import { registry } from '../../compiler/diagnostics/registry.ts';
import { renderDiagnostic } from '../../compiler/diagnostics/render.ts';
import type { Diagnostic } from '../../compiler/diagnostics/types.ts';
import { emitters } from '../../compiler/emitters/index.ts';
import { createMachineValidator } from '../../compiler/ir/validate.ts';
import { sourceTextReader } from '../../cli/source-texts.ts';
import { buildSampleDiagnostics, type BuildSample, readSampleDiagnostics, type ReadSample } from './build-samples.ts';
import { type AlongsideVersions, versionSampleDiagnostics } from './version-samples.ts';

const SAMPLES = join(import.meta.dirname, 'samples');
const sampleNames = readdirSync(SAMPLES).sort();

interface SampleConfig {
  file?: string;
  emitter?: string;
  mode?: 'throwing-validator' | 'lowering-bug';
  /** Configuration samples: the date review checks count from. */
  today?: string;
  /** Diagnostics of `stepladder build` rather than of the compiler (see build-samples.ts). */
  build?: BuildSample;
  /** Diagnostics of reading the file (a link, too large, not UTF-8), before any syntax. */
  read?: ReadSample;
  /** Other versions of the protocol, checked with it across files (see version-samples.ts). */
  alongside?: AlongsideVersions;
}

function toolsFor(config: SampleConfig): CompilerTools {
  const tools = createCompilerTools();
  if (config.mode === 'throwing-validator') {
    return { ...tools, validate: () => { throw new Error('validator crashed'); } };
  }
  if (config.mode === 'lowering-bug') {
    // Stands in for a lowering bug: the machine handed to the validator breaks the contract.
    const validate = createMachineValidator();
    return { ...tools, validate: (m) => validate({ ...(m as object), formatVersion: 99 }) };
  }
  return tools;
}

/** Configuration samples hold a stepladder.yaml instead of a protocol; one protocol, 'sample', exists. */
function runConfigSample(dir: string, config: SampleConfig): { diagnostics: Diagnostic[]; text: string } {
  const source = readFileSync(join(dir, 'stepladder.yaml'), 'utf8');
  const parsed = parseConfig(source, 'stepladder.yaml', { protocolIds: ['sample'] });
  const review = parsed.config ? reviewDiagnostics(parsed.config, source, ['sample'], config.today ?? '2026-12-01') : [];
  const diagnostics = [...parsed.diagnostics, ...review];
  return { diagnostics, text: diagnostics.map((d) => renderDiagnostic(d, source, { color: false })).join('\n') };
}

async function runSample(name: string): Promise<{ diagnostics: Diagnostic[]; text: string }> {
  const dir = join(SAMPLES, name);
  if (existsSync(join(dir, 'stepladder.yaml'))) {
    return runConfigSample(dir, existsSync(join(dir, 'config.json')) ? JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) : {});
  }
  const source = readFileSync(join(dir, 'input.protocol'), 'utf8');
  const config: SampleConfig = existsSync(join(dir, 'config.json')) ? JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) : {};
  const file = config.file ?? 'samples/sample.protocol';
  if (config.read) {
    // The file was not read, so there is no text to draw a code frame from.
    const problems = readSampleDiagnostics(config.read, join(dir, 'input.protocol'), file);
    return { diagnostics: problems, text: problems.map((d) => renderDiagnostic(d, '', { color: false })).join('\n') };
  }
  // Source texts (`source { text "…" }`) are read from the sample's folder, as the CLI reads the protocol's.
  const result = compileSource(source, file, toolsFor(config), { readSourceText: sourceTextReader(dir, 'input.protocol') });
  const diagnostics = [...result.diagnostics];
  if (config.emitter && result.machine) {
    const emitter = emitters.find((e) => e.id === config.emitter);
    if (!emitter) throw new Error(`no emitter '${config.emitter}'`);
    diagnostics.push(...emitter.emit(result.machine, { file, source }).diagnostics);
  }
  if (config.build) diagnostics.push(...(await buildSampleDiagnostics(config.build, file, source)));
  if (config.alongside) diagnostics.push(...versionSampleDiagnostics(dir, config.alongside, file, source, result.machine));
  // A build diagnostic may concern another file (an output): it is drawn without this source.
  const text = diagnostics.map((d) => renderDiagnostic(d, d.file === file ? source : '', { color: false })).join('\n');
  return { diagnostics, text };
}

describe('diagnostic samples', () => {
  it.each(sampleNames)('%s', async (name) => {
    const { diagnostics, text } = await runSample(name);
    await expect(text).toMatchFileSnapshot(join(SAMPLES, name, 'diagnostics.txt'));
    const entry = registry[name as keyof typeof registry];
    expect(entry, `'${name}' is not a registry entry`).toBeDefined();
    expect(diagnostics.map((d) => d.code)).toContain(entry.code);
    for (const d of diagnostics) {
      expect(d.span.start).toBeGreaterThanOrEqual(0);
      expect(d.span.end).toBeGreaterThanOrEqual(d.span.start);
    }
  });

  it('covers every registry entry', () => {
    expect(sampleNames).toEqual(Object.keys(registry).sort());
  });
});

describe('registry', () => {
  it('has unique codes whose prefix matches the severity', () => {
    const codes = Object.values(registry).map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of Object.values(registry)) expect(entry.code[0]).toBe(entry.severity === 'error' ? 'E' : 'W');
  });

  it('writes messages as sentences', () => {
    for (const [name, entry] of Object.entries(registry)) {
      if (entry.message === '{detail}' || entry.message === '{problem}') continue;
      expect(entry.message, name).toMatch(/^['{A-Z0-9]/);
      expect(entry.message, name).toMatch(/[.?}]$/);
    }
  });
});

describe('an empty file', () => {
  it('is E0005 whatever whitespace it holds (every character trim() removes), and text after whitespace is not', () => {
    const code = (source: string) => compileSource(source, 'x.protocol').diagnostics.map((d) => d.code);
    for (const blank of ['', ' ', '\n\t\r\n\v\f', '\uFEFF', '\u00A0\u1680\u2000\u200A\u2028\u2029\u202F\u205F\u3000']) {
      expect(blank.trim(), JSON.stringify(blank)).toBe('');
      expect(code(blank), JSON.stringify(blank)).toEqual(['E0005']);
    }
    expect(code(' \n x')).not.toContain('E0005');
  });
});
