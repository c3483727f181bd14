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

function stateAndLevels(machine: Machine, state: State): State[] {
  return [state, ...state.levels.flatMap((id) => machine.states.filter((s) => s.id === id))];
}

/** `isDefault`: routes the section states once for every stage ("if not resolved → the next stage"). */
export function ladderView(machine: Machine, names: Namer, isDefault: (t: Transition) => boolean): LadderStepView[] {
  return machine.states
    .filter((s) => s.parent === null)
    .map((state) => {
      const inside = stateAndLevels(machine, state);
      const ids = new Set(inside.map((s) => s.id));
      const routes = machine.transitions
        .filter((t) => t.source !== null && ids.has(t.source) && !ids.has(t.target) && !isDefault(t))
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
