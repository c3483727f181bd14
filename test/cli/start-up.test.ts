// What a command loads before it does anything. Each command's work lives in cli/run/ and is imported
// when that command runs, so `--version` and `--help` load only the command line's own shape, and
// `check` never loads the emitters or the browser driver. Counted with a module hook
// (fixtures/record-loads.mjs), never timed: the start-up times are in bench/cli-start.ts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const HOOK = join(import.meta.dirname, 'fixtures', 'record-loads.mjs');

/** The modules `stepladder <args>` loads, as paths inside the repository (packages by name). */
function loadedBy(args: string[]): string[] {
  const record = join(mkdtempSync(join(tmpdir(), 'stepladder-loads-')), 'loads.txt');
  execFileSync(process.execPath, ['--import', HOOK, join(ROOT, 'bin', 'stepladder.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, RECORD_LOADS: record },
    stdio: 'pipe',
  });
  const urls = readFileSync(record, 'utf8').split('\n').filter((url) => url.startsWith('file:'));
  return [...new Set(urls.map((url) => relative(ROOT, fileURLToPath(url)).replace(/^node_modules\/((@[^/]+\/)?[^/]+)\/.*$/, 'package:$1')))].sort();
}

/** What only describes the commands may load: the command line itself and three named constants. */
const SHAPE_ONLY = [/^bin\//, /^cli\/(?!run\/|build\/(?!output-folder\.ts$))/, /^cli\/build\/output-folder\.ts$/, /^compiler\/diagnostics\//, /^compiler\/compare\/default-start\.ts$/, /^runtime\/calendar\/types\.ts$/, /^package:commander$/];

describe('start-up', () => {
  it.each(['--version', '--help', 'check --help', 'build --help'])('`stepladder %s` loads no command’s work and no package but commander', (line) => {
    const loaded = loadedBy(line.split(' '));
    expect(loaded).toContain('cli/main.ts');
    expect(loaded.filter((path) => !SHAPE_ONLY.some((allowed) => allowed.test(path)))).toEqual([]);
  });

  it('`stepladder check` loads the compiler, but no emitter, renderer or browser driver', () => {
    const loaded = loadedBy(['check', 'protocols/sefton.protocol']);
    expect(loaded).toContain('cli/run/check.ts');
    expect(loaded).toContain('package:chevrotain');
    expect(loaded.filter((path) => /^(compiler\/emitters|render|cli\/build|lsp)\/|^package:(playwright-core|handlebars|mermaid)$/.test(path) && path !== 'cli/build/output-folder.ts')).toEqual([]);
  });
});
