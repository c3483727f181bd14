// Checks across the files of one protocol's versions: no two files claim the same version or the
// same address for it, exactly one version is current, and the supersedes lines never loop. (A version superseding itself is
// caught within its own file, by the supersedes-itself rule.) Spans point at the lines to correct.
import { type LanguageTools, parseProtocol } from '../../dsl/index.ts';
import type { ProtocolDecl, Span } from '../../dsl/ast.ts';
import { makeDiagnostic } from '../diagnostics/report.ts';
import type { Diagnostic } from '../diagnostics/types.ts';
import type { Machine } from '../ir/types.ts';
import { currentVersions, supersededChain, versionName, versionSlug } from './version-order.ts';

export interface VersionFile {
  file: string;
  source: string;
  /** Null when the file has errors of its own: it takes no part in these checks. */
  machine: Machine | null;
}

interface Entry extends VersionFile {
  machine: Machine;
  ast: ProtocolDecl;
}

const spanOf = (ast: ProtocolDecl, key: 'version' | 'supersedes'): Span => ast[key][0]?.span ?? ast.id?.span ?? ast.span;

function checkGroup(group: Entry[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const id = group[0]!.machine.id;
  // Each file of a duplicated version is told, so whichever the author opens shows the problem.
  for (const entry of group) {
    const version = versionName(entry.machine);
    const twin = group.find((other) => other !== entry && versionName(other.machine) === version);
    if (twin) out.push(makeDiagnostic(entry.file, 'duplicate_version', spanOf(entry.ast, 'version'), { version, id, otherFile: twin.file }));
  }
  if (out.length > 0) return out;
  // Every version may one day be an earlier one, published at versions/<slug>/: two names that differ
  // only in capitals or punctuation ("V1", "v1") would share that folder and page.
  for (const entry of group) {
    const slug = versionSlug(entry.machine);
    const twin = group.find((other) => other !== entry && versionSlug(other.machine) === slug);
    if (twin) {
      const params = { version: versionName(entry.machine), other: versionName(twin.machine), otherFile: twin.file, slug };
      out.push(makeDiagnostic(entry.file, 'same_version_address', spanOf(entry.ast, 'version'), params));
    }
  }
  if (out.length > 0) return out;
  for (const entry of group) {
    if (entry.machine.meta.supersedes === null || entry.machine.meta.supersedes === entry.machine.meta.version) continue;
    const chain = supersededChain(entry, group);
    const last = chain.at(-1);
    // The chain stopped because the next link is one already seen: a loop through this file.
    if (last && last.machine.meta.supersedes === entry.machine.meta.version) {
      const names = [...chain.map((v) => `'${versionName(v.machine)}'`), `'${versionName(entry.machine)}'`];
      out.push(makeDiagnostic(entry.file, 'supersedes_cycle', spanOf(entry.ast, 'supersedes'), { version: versionName(entry.machine), id, chain: `${names.join(', which supersedes ')} again` }));
    }
  }
  if (out.length > 0) return out;
  // The oldest current version is taken as the one the others should have superseded.
  const current = currentVersions(group).sort((a, b) => (a.machine.meta.effective ?? '').localeCompare(b.machine.meta.effective ?? ''));
  for (const other of current.slice(1)) {
    const first = current[0]!;
    // The other file is named in the message: a related span would be drawn against this file's text.
    const params = { version: versionName(other.machine), other: versionName(first.machine), id, otherFile: first.file };
    out.push(makeDiagnostic(other.file, 'two_current_versions', spanOf(other.ast, 'version'), params));
  }
  return out;
}

/** Diagnostics for every protocol that more than one file holds a version of. */
export function checkVersions(files: readonly VersionFile[], language: LanguageTools): Diagnostic[] {
  const groups = new Map<string, (VersionFile & { machine: Machine })[]>();
  for (const f of files) if (f.machine) groups.set(f.machine.id, [...(groups.get(f.machine.id) ?? []), { ...f, machine: f.machine }]);
  // Only files that share an id are parsed again, for the spans of their version lines.
  const withSpans = (group: (VersionFile & { machine: Machine })[]): Entry[] =>
    group.flatMap((f) => {
      const { ast } = parseProtocol(f.source, language);
      return ast ? [{ ...f, ast }] : [];
    });
  return [...groups.values()].filter((g) => g.length > 1).flatMap((g) => checkGroup(withSpans(g)));
}
