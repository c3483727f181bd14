// The runtime ships to browsers (the site's simulator island, ≤ 40 KB gzip with xstate), so: no
// Node imports, no date-holidays, no compiler code (type-only imports of the IR are erased; the IR's
// TypeBox schema is the one exception, for loadMachine), and the bundle the island would load stays
// under budget.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const RUNTIME = join(import.meta.dirname, '..', '..', 'runtime');
// 40 KB until loadMachine (TypeBox's checker and the schema, ~20 KB gzip) joined the runtime.
const ISLAND_BUDGET_BYTES = 50 * 1024;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('the runtime', () => {
  const files = sourceFiles(RUNTIME);

  it('has no Node-only, date-holidays or compiler imports', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const name = relative(RUNTIME, file);
      for (const [statement, spec] of text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)) {
        expect(spec, `${name} imports ${spec}`).not.toMatch(/^node:|^date-holidays|^(fs|path|os|url|crypto)$/);
        // The IR's TypeBox schema is the one exception: loadMachine checks machines against it.
        if (spec!.includes('/compiler/') && !/\/compiler\/ir\/schema(-parts)?\.ts$/.test(spec!)) {
          expect(statement, `${name}: only types (and the IR schema) may come from the compiler`).toMatch(/^(import|export) type\s/);
        }
      }
      expect(text, name).not.toMatch(/\brequire\(|\bprocess\.|\bBuffer\b/);
    }
  });

  it('bundles for the browser, with xstate, under the island budget', async () => {
    const entry = [
      "export { simulate, simulationToJson, formatSimulationText, parseDateTime, parseEventSpec, enumeratePaths } from './engine/index.ts';",
      "export { createProtocolMachine, toXStateConfig } from './xstate/index.ts';",
      "export { createActor } from 'xstate';",
    ].join('\n');
    const result = await build({
      stdin: { contents: entry, resolveDir: RUNTIME, loader: 'ts', sourcefile: 'island.ts' },
      bundle: true,
      write: false,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      logLevel: 'silent',
    });
    const bytes = gzipSync(result.outputFiles[0]!.contents).length;
    expect(bytes).toBeLessThan(ISLAND_BUDGET_BYTES);
  });
});
