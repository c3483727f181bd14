// The route graph between leaves (levels, and stages without levels), as a case moves through it.
// Only routes whose targets resolve are followed; undefined names are reported elsewhere.
import type { Route } from '../../../dsl/ast.ts';
import type { Analysis } from './analysis.ts';
import { effectiveRoutes, entryLeaf, targetLeaf } from './facts.ts';
import { leaves, type StateInfo } from './scope.ts';

export interface Edge {
  from: StateInfo;
  to: StateInfo;
  route: Route;
}

export function edgesFrom(analysis: Analysis, state: StateInfo): Edge[] {
  const edges: Edge[] = [];
  for (const { route } of effectiveRoutes(state, analysis.ast.routes)) {
    const to = targetLeaf(analysis.scope, route.target.name);
    if (to) edges.push({ from: state, to, route });
  }
  return edges;
}

export function startLeaves(analysis: Analysis): StateInfo[] {
  const { ast, scope, initial } = analysis;
  const starts = new Set<StateInfo>();
  if (initial) starts.add(entryLeaf(initial));
  for (const start of ast.starts) {
    if (start.anyStage) for (const s of scope.states) if (!s.parent) starts.add(entryLeaf(s));
    for (const t of start.targets) {
      const state = scope.stateById.get(t.name);
      if (state) starts.add(entryLeaf(state));
    }
  }
  return [...starts];
}

export function reachableLeaves(analysis: Analysis): Set<StateInfo> {
  const seen = new Set<StateInfo>();
  const queue = startLeaves(analysis);
  // An index into the queue rather than shift(), which moves every element each time.
  for (let next = 0; next < queue.length; next += 1) {
    const state = queue[next]!;
    if (seen.has(state)) continue;
    seen.add(state);
    for (const edge of edgesFrom(analysis, state)) queue.push(edge.to);
  }
  return seen;
}

export { leaves };
