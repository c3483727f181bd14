// Several versions of one protocol on the site: the current one at /protocols/<id>/, each earlier one
// at /protocols/<id>/versions/<version>/ (a stable address, made from its version or effective date),
// and "What changed" between each version and the one before it, from the semantic diff.
import { amendmentLog, diffMachines, type AmendmentLog } from '../../../compiler/diff/index.ts';
import type { Machine } from '../../../compiler/ir/types.ts';
import { checkVersions, versionLines, versionSlug } from '../../../compiler/versions/index.ts';
import { createLanguageTools } from '../../../dsl/index.ts';
import type { SiteProtocol } from './load-protocols.ts';

type Compiled = SiteProtocol & { machine: Machine };

// Where an earlier version is published; the build writes its files at the same place under its folder.
export { versionSlug };

export const versionPath = (id: string, machine: Machine): string => `/protocols/${encodeURIComponent(id)}/versions/${versionSlug(machine)}/`;

export const versionFilePath = (id: string, machine: Machine, path: string): string =>
  `${versionPath(id, machine)}files/${path.split('/').map(encodeURIComponent).join('/')}`;

/**
 * The protocols the site publishes as pages: for each id, its current version, carrying its earlier
 * versions newest first. Files with errors pass through as they are (the dev server shows them).
 */
export function currentVersions(protocols: readonly SiteProtocol[]): SiteProtocol[] {
  // Versions that do not form one line (E0180, E0181, E0184) are errors like any other: each file
  // carries its own, and the site build stops with the report before any page is written.
  const problems = checkVersions(protocols, createLanguageTools());
  if (problems.length > 0) {
    return protocols.map((p) => ({ ...p, diagnostics: [...p.diagnostics, ...problems.filter((d) => d.file === p.file)] })).sort((a, b) => a.file.localeCompare(b.file));
  }
  const compiled = protocols.filter((p): p is Compiled => p.machine !== null);
  const lines = versionLines(compiled);
  const current = lines.map((line) => ({ ...line.current, earlier: line.earlier }));
  return [...current, ...protocols.filter((p) => p.machine === null)].sort((a, b) => a.id.localeCompare(b.id));
}

/** What changed from `earlier` to `later`, for practitioners. */
export function whatChanged(earlier: Compiled, later: Compiled): AmendmentLog {
  return amendmentLog(diffMachines(earlier.machine, later.machine), earlier.machine, later.machine);
}

/** Every earlier version with the version that replaced it, for the earlier versions' pages. */
export function earlierVersionPages(current: SiteProtocol): { version: Compiled; next: Compiled; current: Compiled }[] {
  if (!current.machine) return [];
  const line = [current as Compiled, ...((current.earlier ?? []) as Compiled[])];
  return line.slice(1).map((version, i) => ({ version, next: line[i]!, current: current as Compiled }));
}
