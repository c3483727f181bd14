// Each stage's routes out, in the order the machine lists them, built once per emit: emitters that
// looked them up with a filter over every route per stage were quadratic on large protocols.
import type { Machine, Transition } from './types.ts';

export function routesBySource(machine: Machine): Map<string, Transition[]> {
  const routes = new Map<string, Transition[]>();
  for (const t of machine.transitions) {
    if (t.source === null) continue;
    const list = routes.get(t.source);
    if (list) list.push(t);
    else routes.set(t.source, [t]);
  }
  return routes;
}
