// The island must stay small enough for a phone on a poor connection: everything it ships (the
// runtime's engine and calendar with the bank-holiday table, its XState setup with the xstate
// package, and the simulator) is bundled here the way a production build does it, minified and
// gzipped, and held to issue 16's budget of 40 KB. The measured size is written to
// test-results/simulator/bundle.json for people to see. The machine on a page was validated when
// the site was built, so the island runs the runtime's trusted entries (simulateTrusted,
// createTrustedProtocolMachine) and leaves the validator (TypeBox and the schema) out: with it the
// island weighed 56 KB.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/protocols.ts';

const LIMIT_BYTES = 40 * 1024;
const ENTRY = join(ROOT, 'site', 'src', 'simulator', 'index.ts');

describe('island bundle', () => {
  it('is at most 40 KB gzipped and pulls in no Node module, compiler, validator or date library, and no package but xstate', async () => {
    const result = await build({
      entryPoints: [ENTRY],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.contents;
    const gzipped = gzipSync(code, { level: 9 }).length;
    const inputs = Object.keys(result.metafile.inputs);
    mkdirSync(join(ROOT, 'test-results', 'simulator'), { recursive: true });
    writeFileSync(
      join(ROOT, 'test-results', 'simulator', 'bundle.json'),
      `${JSON.stringify({ entry: 'site/src/simulator/index.ts', minifiedBytes: code.length, gzipBytes: gzipped, limitBytes: LIMIT_BYTES }, null, 2)}\n`,
    );
    expect(gzipped).toBeLessThanOrEqual(LIMIT_BYTES);
    // Not the validator either: TypeBox, the schema (compiler/ir/schema*.ts) and runtime/machine/.
    expect(inputs.filter((path) => /node_modules\/(?!xstate\/)|^node:|compiler\/|runtime\/machine\/|date-holidays/.test(path))).toEqual([]);
    // The engine for the dates, the runtime's XState setup and xstate itself for the state machine.
    for (const part of ['runtime/engine/simulate.ts', 'runtime/xstate/setup.ts', 'node_modules/xstate/']) {
      expect(inputs.some((path) => path.includes(part)), part).toBe(true);
    }
  });
});
