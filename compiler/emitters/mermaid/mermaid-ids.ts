// Generated Mermaid ids. No id is ever taken from protocol text: stages are `s1…` in protocol order,
// outcomes `o1…`, exits `x1…`, discretionary starts `d1…`, "from any stage" triggers `a1…`. An outcome
// reached from several stages gets one copy per route (`o1_1`, `o1_2`), so each stage row ends in its own
// end shape instead of every stage pointing at one node across the chart.
import type { Machine, Transition } from '../../ir/types.ts';

export interface FlowIds {
  state: Map<string, string>;
  outcome: Map<string, string>;
  exit: Map<string, string>;
  /** Outcome node id for a route that ends in an outcome. */
  outcomeNode(t: Transition): string;
  /** Every outcome node to draw: the outcome id and the node id. */
  outcomeNodes: Array<{ outcome: string; node: string }>;
}

export const STAGES_GROUP_ID = 'stages';
export const START_ID = 'start';

export function assignIds(machine: Machine): FlowIds {
  const state = new Map(machine.states.map((s, i) => [s.id, `s${i + 1}`]));
  const outcome = new Map(machine.outcomes.map((o, i) => [o.id, `o${i + 1}`]));
  const exit = new Map(machine.exits.map((x, i) => [x.id, `x${i + 1}`]));

  const routesTo = new Map<string, Transition[]>();
  for (const t of machine.transitions) {
    if (t.targetKind !== 'outcome') continue;
    const routes = routesTo.get(t.target);
    if (routes) routes.push(t);
    else routesTo.set(t.target, [t]);
  }
  const perRoute = new Map<Transition, string>();
  const outcomeNodes: Array<{ outcome: string; node: string }> = [];
  for (const o of machine.outcomes) {
    const base = outcome.get(o.id) ?? 'o0';
    const routes = routesTo.get(o.id) ?? [];
    if (routes.length <= 1) {
      outcomeNodes.push({ outcome: o.id, node: base });
      for (const t of routes) perRoute.set(t, base);
      continue;
    }
    routes.forEach((t, i) => {
      const node = `${base}_${i + 1}`;
      perRoute.set(t, node);
      outcomeNodes.push({ outcome: o.id, node });
    });
  }
  return {
    state,
    outcome,
    exit,
    outcomeNodes,
    outcomeNode: (t) => perRoute.get(t) ?? outcome.get(t.target) ?? 'o0',
  };
}
