// Issue 17, defect 4: two files with the same protocol id must never silently replace each other in
// `<out>/<id>/`. They are checked as versions of one protocol, as `stepladder check` does (E0184 when
// both are the same version, E0181 when neither supersedes the other; such files are not written),
// and of a valid set of versions the current one is published in the protocol's folder, each earlier
// one under it in `versions/<slug>/` (the site's address for it).
import type { LanguageTools } from '../../dsl/index.ts';
import { Identifier, Protocol } from '../../dsl/tokens.ts';
import type { EmittedFile } from '../../compiler/emitters/types.ts';
import { checkVersions, versionLines, versionSlug } from '../../compiler/versions/index.ts';
import type { Machine } from '../../compiler/ir/types.ts';
import type { EmittedProtocol } from './emit-protocol.ts';

/** Adds the checks across files that share an id to each protocol's own diagnostics. */
export function checkSharedIds(protocols: EmittedProtocol[], language: LanguageTools): void {
  const across = checkVersions(protocols, language);
  for (const p of protocols) p.diagnostics.push(...across.filter((d) => d.file === p.file));
}

type Compiled = EmittedProtocol & { machine: Machine };

/** Where a protocol's folder keeps its earlier versions, one folder each. */
export const EARLIER_VERSIONS_FOLDER = 'versions';

/** An earlier version's folder inside its protocol's: `versions/<slug>`, the site's address part. */
export const earlierVersionFolder = (machine: Machine): string => `${EARLIER_VERSIONS_FOLDER}/${versionSlug(machine)}`;

export interface ProtocolFolder {
  id: string;
  /** The version the folder's own files are: the current one. */
  current: EmittedProtocol;
  /** Earlier versions, newest first, each written under `versions/<slug>/`. */
  earlier: EmittedProtocol[];
  /** Every file of the folder, the earlier versions' under their own paths. */
  files: EmittedFile[];
}

/**
 * The id a file names in its `protocol <id> {` line, read from its tokens: a file with errors has no
 * machine, but still says which protocol it is a version of. Null when it names none.
 */
export function declaredId(source: string, language: LanguageTools): string | null {
  const tokens = language.lexer.tokenize(source).tokens;
  const at = tokens.findIndex((t) => t.tokenType === Protocol);
  const next = at >= 0 ? tokens[at + 1] : undefined;
  return next?.tokenType === Identifier ? next.image : null;
}

/**
 * The folders to write: one per id, holding its current version and any earlier ones kept beside it.
 * An id named by any file in `blocked` (a version with errors) gets no folder: its previous outputs
 * stay, as for a single protocol with errors. Otherwise, with the current version broken, the version
 * before it would look current and be published in its place.
 */
export function protocolFolders(ready: EmittedProtocol[], blocked: ReadonlySet<string> = new Set()): ProtocolFolder[] {
  const compiled = ready.filter((p): p is Compiled => p.machine !== null && !blocked.has(p.machine.id));
  return versionLines(compiled).map(({ id, current, earlier }) => ({
    id,
    current,
    earlier,
    files: [
      ...current.files,
      ...earlier.flatMap((version) => version.files.map((f) => ({ path: `${earlierVersionFolder(version.machine)}/${f.path}`, contents: f.contents }))),
    ],
  }));
}
