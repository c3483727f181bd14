// The path so far as a tree: a stage's levels listed under the stage they belong to, in the order
// they were entered, so "Stage One" shows Level One, Two and Three inside it.

import type { SimulatedStep } from '../../../runtime/engine/types.ts';

export interface PathNode {
  readonly step: SimulatedStep;
  readonly children: PathNode[];
}

export function pathTree(path: readonly SimulatedStep[]): PathNode[] {
  const roots: PathNode[] = [];
  // The latest node of each state: a level belongs to the most recent entry of its stage.
  const latest = new Map<string, PathNode>();
  for (const step of path) {
    const node: PathNode = { step, children: [] };
    const parent = step.state.parent === null ? undefined : latest.get(step.state.parent);
    (parent ? parent.children : roots).push(node);
    latest.set(step.state.id, node);
  }
  return roots;
}
