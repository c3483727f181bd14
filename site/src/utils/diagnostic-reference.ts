// The diagnostics reference, generated from the one registry: a page per code (the pages the CLI links
// to) with an example taken from the test samples, so every example is one the test suite checks.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileSource } from '../../../compiler/index.ts';
import { registry, type DiagnosticName } from '../../../compiler/diagnostics/registry.ts';
import { renderDiagnostic } from '../../../compiler/diagnostics/render.ts';
import { emitters } from '../../../compiler/emitters/index.ts';

export interface DiagnosticExample {
  input: string;
  output: string;
}

export interface DiagnosticReference {
  name: DiagnosticName;
  code: string;
  slug: string;
  severity: 'error' | 'warning';
  message: string;
  help: string;
  /** About stepladder.yaml (the partnership configuration) rather than a protocol: codes E017x/W017x. */
  inConfig: boolean;
  example: DiagnosticExample | null;
}

interface SampleConfig {
  file?: string;
  emitter?: string;
  mode?: string;
}

const SAMPLE_FILE = 'samples/sample.protocol';

/** What the sample's input reports, for samples without a golden file (emitter warnings). */
function computeOutput(source: string, config: SampleConfig): string {
  const file = config.file ?? SAMPLE_FILE;
  const result = compileSource(source, file);
  const diagnostics = [...result.diagnostics];
  const emitter = config.emitter ? emitters.find((e) => e.id === config.emitter) : undefined;
  if (emitter && result.machine) diagnostics.push(...emitter.emit(result.machine, { file, source }).diagnostics);
  return diagnostics.map((d) => renderDiagnostic(d, source, { color: false })).join('\n');
}

export function readExample(samplesDir: string, name: string): DiagnosticExample | null {
  const dir = join(samplesDir, name);
  // Configuration samples (E017x, W017x) show a stepladder.yaml instead of a protocol.
  const inputPath = [join(dir, 'input.protocol'), join(dir, 'stepladder.yaml')].find((path) => existsSync(path));
  if (!inputPath) return null;
  const config: SampleConfig = existsSync(join(dir, 'config.json')) ? JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) : {};
  // Samples that simulate a compiler bug say nothing useful to an author.
  if (config.mode) return null;
  const input = readFileSync(inputPath, 'utf8');
  const golden = join(dir, 'diagnostics.txt');
  const output = existsSync(golden) ? readFileSync(golden, 'utf8') : computeOutput(input, config);
  return { input, output: output.trimEnd() };
}

export function diagnosticReferences(samplesDir: string): DiagnosticReference[] {
  return (Object.entries(registry) as Array<[DiagnosticName, (typeof registry)[DiagnosticName]]>)
    .map(([name, entry]) => ({
      name,
      code: entry.code,
      slug: entry.code.toLowerCase(),
      severity: entry.severity,
      message: entry.message,
      help: entry.help,
      inConfig: /^[EW]017/.test(entry.code),
      example: readExample(samplesDir, name),
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** "There is no {kind} called '{name}'." → text and placeholder parts, for showing the template. */
export function templateParts(template: string): Array<{ text: string; placeholder: boolean }> {
  return template
    .split(/(\{[A-Za-z]+\})/)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, placeholder: /^\{[A-Za-z]+\}$/.test(part) }));
}
