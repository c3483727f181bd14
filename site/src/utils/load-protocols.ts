// Compiles every protocol the site publishes, through the same pipeline as `stepladder build`, and
// gathers the files each protocol page offers for download. Pure apart from reading the folders.
import { basename } from 'node:path';
import { createCompilerTools } from '../../../compiler/index.ts';
import type { Diagnostic } from '../../../compiler/diagnostics/types.ts';
import type { EmittedFile } from '../../../compiler/emitters/types.ts';
import type { Machine } from '../../../compiler/ir/types.ts';
import type { PartnershipConfig } from '../../../compiler/config/types.ts';
import { emitProtocol } from '../../../cli/build/emit-protocol.ts';
import { collectInputs } from '../../../cli/inputs.ts';
import { earlierVersionFolder } from '../../../cli/build/one-folder-per-id.ts';
import { collectRendered } from './rendered-artefacts.ts';
import { currentVersions } from './versions.ts';
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
  /** Earlier versions of this protocol kept beside it (see versions.ts), newest first. */
  earlier?: SiteProtocol[];
}

/** `config`: the partnership configuration the emitters print (posters, briefing); the CLI's build must use the same one. */
export function loadProtocols(settings: SiteSettings, config?: PartnershipConfig): SiteProtocol[] {
  const tools = createCompilerTools();
  const protocols = collectInputs([settings.protocolsDir], settings.root).map((input): SiteProtocol => {
    const emitted = emitProtocol(input.file, input.source, tools, config ? { config } : {});
    const id = emitted.machine?.id ?? basename(input.file).replace(/\.protocol$/, '');
    return { id, file: input.file, source: input.source, machine: emitted.machine, diagnostics: emitted.diagnostics, files: emitted.files, flowchartSvg: null, stale: [], missing: [] };
  });
  // Versions of one protocol share an id: the current one gets the pages, carrying the earlier ones.
  // The build writes the current version's renderings in `<id>/` and an earlier one's in
  // `<id>/versions/<slug>/` (cli/build/one-folder-per-id.ts): each is looked for where its own are.
  return currentVersions(protocols).map((p) =>
    p.machine
      ? { ...withRenderings(p, settings.buildDir, [p.id]), earlier: p.earlier?.map((e) => withRenderings(e, settings.buildDir, [p.id, ...earlierVersionFolder(e.machine!).split('/')])) }
      : p,
  );
}

/** The protocol with the build's renderings of its current outputs, found in `buildDir/<folder…>`. */
function withRenderings(p: SiteProtocol, buildDir: string, folder: string[]): SiteProtocol {
  const rendered = collectRendered(buildDir, folder, p.files);
  const svg = rendered.files.find((f) => f.path === 'flowchart.svg');
  return {
    ...p,
    files: [...p.files, ...rendered.files].sort((a, b) => a.path.localeCompare(b.path)),
    flowchartSvg: svg ? new TextDecoder().decode(svg.contents as Uint8Array) : null,
    stale: rendered.stale,
    missing: rendered.missing,
  };
}

export function fileText(file: EmittedFile): string {
  return typeof file.contents === 'string' ? file.contents : new TextDecoder().decode(file.contents);
}
