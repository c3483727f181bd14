// Section 4 of the briefing: a table of every stage's timescales in the source's own words,
// conditional cases first ("If the issue relates to child protection") and the default as
// "Otherwise", marked with the route that reaches the stage (urgent or not) and the worst-case
// total counted from the start of the escalation.
import type { Deadline, Machine, State } from '../../ir/types.ts';
import { deadlineCondition, deadlinePurpose, deadlineWording, formatAmount, oneLine, type Namer } from '../print-shared/text.ts';
import type { SectionContent, TimescaleEntryView, TimescaleRowView } from './section-view.ts';

const ROUTE_NAMES: Record<string, string> = { urgent: 'Urgent route', non_urgent: 'Non-urgent route' };

function entry(deadline: Deadline, names: Namer, otherwise: boolean): TimescaleEntryView {
  return {
    condition: deadlineCondition(deadline, names) ?? (otherwise ? 'Otherwise' : null),
    purpose: deadlinePurpose(deadline),
    wording: deadlineWording(deadline, names),
  };
}

function row(machine: Machine, state: State, names: Namer): TimescaleRowView | null {
  const hasConditional = state.deadline.some((d) => d.condition !== null);
  const entries = [
    ...state.timescales.map((d) => entry(d, names, false)),
    ...state.deadline.map((d) => entry(d, names, hasConditional)),
  ];
  // A stage that only holds levels has nothing of its own to say; its levels get rows.
  if (entries.length === 0 && state.levels.length > 0) return null;
  const routeEvent = machine.transitions.find((t) => t.target === state.id && ROUTE_NAMES[t.event])?.event;
  return {
    stage: oneLine(state.title),
    route: routeEvent ? ROUTE_NAMES[routeEvent]! : null,
    entries: entries.length > 0 ? entries : [{ condition: null, purpose: null, wording: 'No timescale stated' }],
    total: state.cumulative ? formatAmount(state.cumulative.amount, state.cumulative.unit) : '–',
  };
}

export function hasAnyTimescale(machine: Machine): boolean {
  return machine.states.some((s) => s.deadline.length > 0 || s.timescales.length > 0);
}

export function timescalesSection(machine: Machine, names: Namer): SectionContent {
  if (!hasAnyTimescale(machine)) return {};
  const rows = machine.states.map((s) => row(machine, s, names)).filter((r): r is TimescaleRowView => r !== null);
  const hasTotals = machine.states.some((s) => s.cumulative !== null);
  return {
    timescales: rows,
    hasTimescales: true,
    showTotals: hasTotals,
    paragraphs: hasTotals
      ? ['Totals are counted from the start of the escalation, assuming each stage takes its full time.']
      : [],
  };
}
