// The build's writing step, in an order that keeps the output folder valid at every instant, so a
// build killed at any moment leaves every previous output usable and the next build recovers:
// 1. index.json is rewritten without the protocols about to be replaced (a kill between the two
//    renames of a swap leaves that protocol's folder missing, and the index must never list it);
// 2. each protocol's folder is swapped in whole (write-output.ts);
// 3. schema.json, then index.json read back from the folders on disk.
import { join } from 'node:path';
import { makeDiagnostic } from '../../compiler/diagnostics/report.ts';
import type { Diagnostic } from '../../compiler/diagnostics/types.ts';
import { machineJsonSchema } from '../../compiler/ir/schema.ts';
import { stableStringify } from '../../compiler/stable-json.ts';
import type { EmittedProtocol } from './emit-protocol.ts';
import { buildManifest } from './manifest.ts';
import { createLanguageTools } from '../../dsl/index.ts';
import { declaredId, protocolFolders } from './one-folder-per-id.ts';
import { noteMissingRenderings, type RenderAttempt } from './render-shortfall.ts';
import { writeFileAtomic, writeProtocolFolder } from './write-output.ts';

export interface BuildWriteResult {
  /** Protocol files written: every version in its folder counts. */
  written: number;
  /** Diagnostics about the output folder itself (W0504), one entry per file they concern. */
  outputProblems: Array<{ file: string; source: string; diagnostics: Diagnostic[] }>;
}

/** Whether a compiled protocol may be published: it compiled, and its only errors are our own bugs. */
export function isPublishable(p: EmittedProtocol): boolean {
  return p.machine !== null && !p.diagnostics.some((d) => d.severity === 'error' && d.name !== 'internal_error');
}

export function writeBuild(outDir: string, protocols: EmittedProtocol[], attempt: RenderAttempt, shown: (path: string) => string): BuildWriteResult {
  const failing = protocols.filter((p) => !isPublishable(p));
  const language = failing.length > 0 ? createLanguageTools() : null;
  const blocked = new Set(failing.flatMap((p) => p.machine?.id ?? declaredId(p.source, language!) ?? []));
  const folders = protocolFolders(protocols.filter(isPublishable), blocked);
  for (const folder of folders) for (const p of [folder.current, ...folder.earlier]) noteMissingRenderings(p, attempt);
  const replacing = new Set(folders.map((f) => f.id));
  if (replacing.size > 0) writeFileAtomic(join(outDir, 'index.json'), buildManifest(outDir, replacing).json);
  for (const folder of folders) writeProtocolFolder(outDir, folder.id, folder.files);
  writeFileAtomic(join(outDir, 'schema.json'), stableStringify(machineJsonSchema()));
  const manifest = buildManifest(outDir);
  writeFileAtomic(join(outDir, 'index.json'), manifest.json);
  const outputProblems = manifest.problems.map((problem) => {
    const file = shown(join(outDir, problem.path));
    return { file, source: '', diagnostics: [makeDiagnostic(file, 'unreadable_output', { start: 0, end: 0 }, { path: file, detail: problem.detail })] };
  });
  // Counted in files, as the build's summary line counts its inputs: each version is one.
  return { written: folders.reduce((n, f) => n + 1 + f.earlier.length, 0), outputProblems };
}
