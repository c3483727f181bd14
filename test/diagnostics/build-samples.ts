// Samples of the diagnostics `stepladder build` adds around the compiler (pictures not made, a
// flowchart too large for Mermaid). A sample's config.json names the situation; this makes it happen
// without a browser, through the same code the build runs.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Diagnostic } from '../../compiler/diagnostics/types.ts';
import { createCompilerTools } from '../../compiler/index.ts';
import { emitProtocol } from '../../cli/build/emit-protocol.ts';
import { renderOutputs } from '../../cli/build/render-outputs.ts';
import { noteMissingRenderings } from '../../cli/build/render-shortfall.ts';
import { writeBuild } from '../../cli/build/write-build.ts';
import { decodeProtocol, MAX_PROTOCOL_BYTES, readProtocolFile } from '../../cli/read-protocol-file.ts';
import type { BrowserSession } from '../../render/browser.ts';
import { noCache } from '../../render/cache.ts';
import { MERMAID_MAX_TEXT_SIZE } from '../../render/flowchart-renderer.ts';

export type BuildSample = 'no-render' | 'too-large' | 'unreadable-output';

/** How a reading sample's input.protocol is read: its bytes as they are, through a link, or padded past the cap. */
export type ReadSample = 'as-is' | 'symlink' | 'too-large';

/** The diagnostic reading the sample's file gives (E0011-E0014); the sample's bytes are never compiled. */
export function readSampleDiagnostics(sample: ReadSample, input: string, file: string): Diagnostic[] {
  const scratch = mkdtempSync(join(tmpdir(), 'stepladder-sample-'));
  let read;
  if (sample === 'as-is') read = decodeProtocol(file, readFileSync(input));
  else if (sample === 'symlink') {
    symlinkSync(input, join(scratch, 'sample.protocol'));
    read = readProtocolFile(join(scratch, 'sample.protocol'), file);
  } else {
    const padding = `// ${'x'.repeat(1020)}\n`.repeat(Math.ceil(MAX_PROTOCOL_BYTES / 1024) + 512);
    writeFileSync(join(scratch, 'sample.protocol'), readFileSync(input, 'utf8') + padding);
    read = readProtocolFile(join(scratch, 'sample.protocol'), file);
  }
  return read.ok ? [] : [read.problem];
}

/** The diagnostics the build adds for `source` (the compiler's own come from the sample runner). */
export async function buildSampleDiagnostics(sample: BuildSample, file: string, source: string): Promise<Diagnostic[]> {
  const protocol = emitProtocol(file, source, createCompilerTools());
  const before = protocol.diagnostics.length;
  if (sample === 'unreadable-output') {
    // A build folder holding a machine.json cut off half-way (not one this build wrote).
    const out = mkdtempSync(join(tmpdir(), 'stepladder-sample-'));
    mkdirSync(join(out, 'other'));
    writeFileSync(join(out, 'other', 'machine.json'), '{"formatVersion": 1, "meta": ');
    const written = writeBuild(out, [protocol], { render: false, noBrowser: null }, (path) => `build/${relative(out, path)}`);
    return written.outputProblems.flatMap((p) => p.diagnostics);
  }
  if (sample === 'too-large') {
    // Mermaid's answer to a source over its limit, as the flowchart renderer reports it.
    const session = {} as BrowserSession;
    await renderOutputs([protocol], session, noCache(), {
      flowcharts: async (_session, diagrams) =>
        diagrams.map((d) => ({ key: d.key, error: 'Maximum text size in diagram exceeded', tooLarge: { size: 61_234, limit: MERMAID_MAX_TEXT_SIZE } })),
      pdfs: async () => [],
    });
  }
  noteMissingRenderings(protocol, { render: sample !== 'no-render', noBrowser: null });
  return protocol.diagnostics.slice(before);
}
