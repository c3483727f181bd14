// Several versions of one protocol, side by side: which is current and in what order the earlier
// ones came. A version names the one it replaces with `supersedes "<version>"`; the current version
// is the one no other version supersedes. Reads only compiled protocols, so the site can use it too.
import type { Machine } from '../ir/types.ts';

export interface Versioned {
  machine: Machine;
}

export interface VersionLine<T extends Versioned> {
  id: string;
  /** The version readers see by default. */
  current: T;
  /** The earlier versions, newest first: along the supersedes line, then any left over by date. */
  earlier: T[];
}

/** What a version is called in messages and addresses: its `version`, or its effective date. */
export const versionName = (machine: Machine): string => machine.meta.version ?? machine.meta.effective ?? 'unversioned';

/**
 * The address part of a version, where it is published once it is no longer current
 * (`<out>/<id>/versions/<slug>/`, `/protocols/<id>/versions/<slug>/` on the site): its version ("1.2",
 * "2019") or effective date, lower case, other characters as "-". Two versions of one protocol must
 * not share it (E0185).
 */
export function versionSlug(machine: Machine): string {
  const name = machine.meta.version ?? machine.meta.effective ?? 'earlier';
  const slug = name.toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
  return slug || 'earlier';
}

/** The versions of a group that no other version of the group supersedes. */
export function currentVersions<T extends Versioned>(group: readonly T[]): T[] {
  const superseded = new Set(group.map((v) => v.machine.meta.supersedes).filter((s): s is string => s !== null));
  return group.filter((v) => v.machine.meta.version === null || !superseded.has(v.machine.meta.version));
}

/** The versions that `start` supersedes, one after another, stopping at a missing link or a loop. */
export function supersededChain<T extends Versioned>(start: T, group: readonly T[]): T[] {
  const chain: T[] = [];
  const seen = new Set<T>([start]);
  for (let at = start; at.machine.meta.supersedes !== null; ) {
    const next = group.find((v) => v.machine.meta.version === at.machine.meta.supersedes);
    if (!next || seen.has(next)) break;
    chain.push(next);
    seen.add(next);
    at = next;
  }
  return chain;
}

const byEffectiveNewestFirst = (a: Versioned, b: Versioned): number =>
  (b.machine.meta.effective ?? '').localeCompare(a.machine.meta.effective ?? '') || versionName(a.machine).localeCompare(versionName(b.machine));

/**
 * Groups protocols by id and orders each group's versions. Assumes the group passed the checks of
 * check-versions.ts (one current version, no cycles); if not, it still picks one deterministically.
 */
export function versionLines<T extends Versioned>(entries: readonly T[]): VersionLine<T>[] {
  const groups = new Map<string, T[]>();
  for (const entry of entries) groups.set(entry.machine.id, [...(groups.get(entry.machine.id) ?? []), entry]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, group]) => {
      const candidates = currentVersions(group);
      const current = [...(candidates.length > 0 ? candidates : group)].sort(byEffectiveNewestFirst)[0]!;
      const chain = supersededChain(current, group);
      const rest = group.filter((v) => v !== current && !chain.includes(v)).sort(byEffectiveNewestFirst);
      return { id, current, earlier: [...chain, ...rest] };
    });
}
