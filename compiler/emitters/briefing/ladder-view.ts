// "The stages at a glance" for print: a simplified ladder (each stage, its timescale and where its
// routes lead) set in the briefing's own type. The full flowchart shrunk into a column printed its
// words at 2-3 pt; the chart itself is published beside the briefing (flowchart.svg, flowchart.md).
import type { Machine, State, Transition } from '../../ir/types.ts';
import { deadlineWording, oneLine, routeCondition, stepSentence, type Namer } from '../print-shared/text.ts';

export interface LadderStepView {
  title: string;
  /** Level titles, for a stage made of levels. */
  levels: string[];
  timescale: string | null;
  /** "Step 1: The other agency acknowledges the concern: within 1 working day …", each with its deadline. */
  steps: string[];
  routes: string[];
}

function stateAndLevels(statesById: ReadonlyMap<string, State[]>, state: State): State[] {
  return [state, ...state.levels.flatMap((id) => statesById.get(id) ?? [])];
}

/** Items grouped by a key, each group in the items' order: built once instead of filtering per stage. */
function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** `isDefault`: routes the section states once for every stage ("if not resolved → the next stage"). */
export function ladderView(machine: Machine, names: Namer, isDefault: (t: Transition) => boolean): LadderStepView[] {
  const statesById = groupBy(machine.states, (s) => s.id);
  const routesFrom = groupBy(machine.transitions, (t) => t.source);
  const order = new Map(machine.transitions.map((t, i) => [t, i]));
  return machine.states
    .filter((s) => s.parent === null)
    .map((state) => {
      const inside = stateAndLevels(statesById, state);
      const ids = new Set(inside.map((s) => s.id));
      // The routes out of the stage and its levels, in protocol order.
      const routes = [...ids]
        .flatMap((id) => routesFrom.get(id) ?? [])
        .sort((a, b) => order.get(a)! - order.get(b)!)
        .filter((t) => !ids.has(t.target) && !isDefault(t))
        .map((t) => `${routeCondition(t, machine, names)} → ${names.target(t.target)}`);
      const deadline = state.deadline.find((d) => d.condition === null) ?? state.deadline[0];
      return {
        title: oneLine(state.title),
        levels: inside.slice(1).map((s) => oneLine(s.title)),
        timescale: deadline ? deadlineWording(deadline, names) : null,
        // Steps are numbered within their stage or level, as the stage section numbers them.
        steps: inside.flatMap((s) => (s.steps ?? []).map((step, i) => `Step ${i + 1}: ${stepSentence(step, names)}`)),
        routes: [...new Set(routes)],
      };
    });
}
