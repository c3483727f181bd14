// Compiles every protocol the site publishes, through the same pipeline as `stepladder build`, and
// gathers the files each protocol page offers for download. Pure apart from reading the folders.
import { basename } from 'node:path';
import { createCompilerTools } from '../../../compiler/index.ts';
import type { Diagnostic } from '../../../compiler/diagnostics/types.ts';
import type { EmittedFile } from '../../../compiler/emitters/types.ts';
import type { Machine } from '../../../compiler/ir/types.ts';
import { emitProtocol } from '../../../cli/build/emit-protocol.ts';
import { collectInputs } from '../../../cli/inputs.ts';
import { collectRendered } from './rendered-artefacts.ts';
import type { SiteSettings } from './site-settings.ts';

export interface SiteProtocol {
  /** The protocol's id, or its file name when it did not compile. */
  id: string;
  file: string;
  source: string;
  machine: Machine | null;
  diagnostics: Diagnostic[];
  /** Everything served under /protocols/<id>/files/, sorted by path. */
  files: EmittedFile[];
  flowchartSvg: string | null;
  /** Renderings not published because they are older than the protocol. */
  stale: string[];
  missing: string[];
}

export function loadProtocols(settings: SiteSettings): SiteProtocol[] {
  const tools = createCompilerTools();
  const protocols = collectInputs([settings.protocolsDir], settings.root).map((input): SiteProtocol => {
    const emitted = emitProtocol(input.file, input.source, tools);
    const id = emitted.machine?.id ?? basename(input.file).replace(/\.protocol$/, '');
    const rendered = emitted.machine ? collectRendered(settings.buildDir, id, emitted.files) : { files: [], stale: [], missing: [] };
    const files = [...emitted.files, ...rendered.files].sort((a, b) => a.path.localeCompare(b.path));
    const svg = rendered.files.find((f) => f.path === 'flowchart.svg');
    return {
      id,
      file: input.file,
      source: input.source,
      machine: emitted.machine,
      diagnostics: emitted.diagnostics,
      files,
      flowchartSvg: svg ? new TextDecoder().decode(svg.contents as Uint8Array) : null,
      stale: rendered.stale,
      missing: rendered.missing,
    };
  });
  return protocols.sort((a, b) => a.id.localeCompare(b.id));
}

export function fileText(file: EmittedFile): string {
  return typeof file.contents === 'string' ? file.contents : new TextDecoder().decode(file.contents);
}
