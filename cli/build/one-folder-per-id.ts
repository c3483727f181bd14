// Issue 17, defect 4: two files with the same protocol id must never silently replace each other in
// `<out>/<id>/`. They are checked as versions of one protocol, as `stepladder check` does (E0184 when
// both are the same version, E0181 when neither supersedes the other; such files are not written),
// and of a valid set of versions only the current one is published in the protocol's folder.
import type { LanguageTools } from '../../dsl/index.ts';
import { checkVersions, currentVersions } from '../../compiler/versions/index.ts';
import type { Machine } from '../../compiler/ir/types.ts';
import type { EmittedProtocol } from './emit-protocol.ts';

/** Adds the checks across files that share an id to each protocol's own diagnostics. */
export function checkSharedIds(protocols: EmittedProtocol[], language: LanguageTools): void {
  const across = checkVersions(protocols, language);
  for (const p of protocols) p.diagnostics.push(...across.filter((d) => d.file === p.file));
}

/** The protocols to write: one per id (the current version when several versions are given). */
export function onePerId(ready: EmittedProtocol[]): EmittedProtocol[] {
  const byId = new Map<string, Array<EmittedProtocol & { machine: Machine }>>();
  for (const p of ready) if (p.machine) byId.set(p.machine.id, [...(byId.get(p.machine.id) ?? []), p as EmittedProtocol & { machine: Machine }]);
  return [...byId.values()].flatMap((group) => (group.length === 1 ? group : currentVersions(group).slice(0, 1)));
}
