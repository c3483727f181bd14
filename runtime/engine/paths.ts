// Every way through a protocol: each path from the start to an outcome or exit, with the events
// that take it and the case facts it needs. Used to test that every route of every protocol ends
// somewhere (engine and XState export alike), and by the site to list "all the ways this can go".

import type { Machine, Transition } from '../../compiler/ir/types.ts';
import { entryLeaf, indexMachine, type MachineIndex } from './machine-index.ts';
import { applicableRoutes } from './routes.ts';

export interface PathStep {
  /** The active leaf state when the event comes. */
  readonly state: string;
  readonly event: string;
  readonly transition: Transition;
}

export interface ProtocolPath {
  readonly start: string;
  readonly steps: readonly PathStep[];
  readonly end: { readonly kind: 'outcome' | 'exit'; readonly id: string };
  /** Conditions that must hold (true) or not hold (false) from the start for this path. */
  readonly conditions: Readonly<Record<string, boolean>>;
}

/** Facts a route needs: its own condition holds, and no earlier route on the same event took it first. */
function requirements(candidates: readonly Transition[], chosen: Transition): Map<string, boolean> | null {
  const needs = new Map<string, boolean>();
  for (const earlier of candidates.slice(0, candidates.indexOf(chosen))) {
    if (earlier.condition === null) return null; // always taken first: `chosen` is unreachable this way
    needs.set(earlier.condition, false);
  }
  if (chosen.condition !== null) {
    if (needs.get(chosen.condition) === false) return null;
    needs.set(chosen.condition, true);
  }
  return needs;
}

function walk(index: MachineIndex, start: string, facts: Map<string, boolean>, limit: number): ProtocolPath[] {
  const paths: ProtocolPath[] = [];
  const visit = (leaf: string, steps: PathStep[], seen: Set<string>, initial: Map<string, boolean>, current: Map<string, boolean>): void => {
    const routes = applicableRoutes(index, leaf);
    for (const route of routes) {
      if (paths.length >= limit) return;
      const needs = requirements(routes.filter((t) => t.event === route.event), route);
      if (needs === null) continue;
      const nextInitial = new Map(initial);
      const nextCurrent = new Map(current);
      let consistent = true;
      for (const [condition, value] of needs) {
        const known = nextCurrent.get(condition);
        if (known !== undefined && known !== value) consistent = false;
        nextCurrent.set(condition, value);
        if (!nextInitial.has(condition)) nextInitial.set(condition, value);
      }
      if (!consistent) continue;
      if (index.events.get(route.event)?.kind === 'condition') nextCurrent.set(route.event, true);
      const taken = [...steps, { state: leaf, event: route.event, transition: route }];
      if (route.targetKind !== 'state') {
        paths.push({ start, steps: taken, end: { kind: route.targetKind, id: route.target }, conditions: Object.fromEntries([...nextInitial].sort()) });
        continue;
      }
      const next = entryLeaf(index, route.target).id;
      if (seen.has(next)) continue; // a loop: every route in it is still walked once
      visit(next, taken, new Set([...seen, next]), nextInitial, nextCurrent);
    }
  };
  const first = entryLeaf(index, start).id;
  visit(first, [], new Set([first]), facts, facts);
  return paths;
}

/**
 * Every loop-free path from the protocol's start (and from each discretionary start) to an end,
 * depth first in protocol order. `limit` guards against protocols with very many branches.
 */
export function enumeratePaths(machine: Machine, limit = 1000): ProtocolPath[] {
  const index = indexMachine(machine);
  // A discretionary start is a path of its own, taken when its condition holds.
  const starts = new Map<string, Map<string, boolean>>([[machine.initial, new Map()]]);
  for (const d of machine.discretionaryStarts) {
    for (const target of d.targets) {
      if (!starts.has(target)) starts.set(target, new Map(d.condition === null ? [] : [[d.condition, true]]));
    }
  }
  return [...starts].flatMap(([start, facts]) => walk(index, start, facts, limit));
}
