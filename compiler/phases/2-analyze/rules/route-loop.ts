// An escalation moves forward. Routes that lead back to where they started would let a case go round
// indefinitely while a child waits.
// The depth-first walk keeps its own stack: a protocol of thousands of stages in one chain must not
// need a call stack as deep as the chain.
import { report } from '../../../diagnostics/report.ts';
import { edgesFrom, type Edge } from '../graph.ts';
import { leaves, type StateInfo } from '../scope.ts';
import type { Rule } from '../rule.ts';

interface Frame {
  state: StateInfo;
  edges: Edge[];
  next: number;
}

export const routeLoop: Rule = {
  name: 'route-loop',
  check(ctx, analysis) {
    const done = new Set<StateInfo>();
    const reportedCycles = new Set<string>();
    const reportCycle = (cycle: Edge[], edge: Edge) => {
      const names = [...cycle.map((e) => e.from.decl.id.name), edge.to.decl.id.name];
      const key = [...new Set(names)].sort().join(',');
      if (reportedCycles.has(key)) return;
      reportedCycles.add(key);
      report(ctx, 'route_loop', edge.route.span, { cycle: names.map((n) => `'${n}'`).join(' → ') });
    };
    for (const leaf of leaves(analysis.scope)) {
      if (done.has(leaf)) continue;
      // frames[k] is the k-th state on the current path; path[k] the edge taken out of it.
      const frames: Frame[] = [{ state: leaf, edges: edgesFrom(analysis, leaf), next: 0 }];
      const path: Edge[] = [];
      const depthOnPath = new Map<StateInfo, number>([[leaf, 0]]);
      while (frames.length > 0) {
        const frame = frames[frames.length - 1]!;
        const edge = frame.edges[frame.next++];
        if (!edge) {
          frames.pop();
          path.pop();
          depthOnPath.delete(frame.state);
          done.add(frame.state);
          continue;
        }
        const depth = depthOnPath.get(edge.to);
        if (depth !== undefined) {
          reportCycle([...path.slice(depth), edge], edge);
          continue;
        }
        if (done.has(edge.to)) continue;
        path.push(edge);
        depthOnPath.set(edge.to, frames.length);
        frames.push({ state: edge.to, edges: edgesFrom(analysis, edge.to), next: 0 });
      }
    }
  },
};
