// Section 4 of the briefing: a table of every stage's timescales in the source's own words,
// conditional cases first ("If the issue relates to child protection") and the default as
// "Otherwise", marked with the route that reaches the stage (urgent or not) and the worst-case
// total counted from the start of the escalation.
import type { Deadline, Machine, State } from '../../ir/types.ts';
import { deadlineCondition, deadlinePurpose, deadlineWording, joinList, oneLine, type Namer } from '../print-shared/text.ts';
import { totalIsStated, totalText } from '../print-shared/totals.ts';
import type { SectionContent, TimescaleEntryView, TimescaleRowView } from './section-view.ts';

const ROUTE_NAMES: Record<string, string> = { urgent: 'Urgent route', non_urgent: 'Non-urgent route' };

function entry(deadline: Deadline, names: Namer, otherwise: boolean): TimescaleEntryView {
  return {
    condition: deadlineCondition(deadline, names) ?? (otherwise && deadline.condition === null ? 'Otherwise' : null),
    purpose: deadlinePurpose(deadline),
    wording: deadlineWording(deadline, names),
  };
}

/** Drops a purpose that repeats the entry above it ("The urgency ..." under both cases). */
function withoutRepeatedPurposes(entries: TimescaleEntryView[]): TimescaleEntryView[] {
  return entries.map((e, i) => (i > 0 && e.purpose !== null && e.purpose === entries[i - 1]!.purpose ? { ...e, purpose: null } : e));
}

/** The stage's row, or null when the stage states no timescale of its own. */
function row(state: State, routeInto: ReadonlyMap<string, string>, names: Namer): TimescaleRowView | null {
  const hasConditional = state.deadline.some((d) => d.condition !== null);
  const entries = [
    ...state.timescales.map((d) => entry(d, names, false)),
    ...state.deadline.map((d) => entry(d, names, hasConditional)),
    // Each timed step is a row of its own, named by its action: they are not levels.
    ...(state.steps ?? []).flatMap((s, i) =>
      s.deadline ? [{ ...entry(s.deadline, names, false), purpose: `Step ${i + 1}: ${oneLine(s.action)}` }] : [],
    ),
  ];
  if (entries.length === 0) return null;
  const routeEvent = routeInto.get(state.id);
  return {
    stage: oneLine(state.title),
    route: routeEvent ? ROUTE_NAMES[routeEvent]! : null,
    entries: withoutRepeatedPurposes(entries),
    total: totalText(state) ?? '–',
  };
}

export function hasAnyTimescale(machine: Machine): boolean {
  return machine.states.some((s) => s.deadline.length > 0 || s.timescales.length > 0 || (s.steps ?? []).some((x) => x.deadline));
}

export function timescalesSection(machine: Machine, names: Namer): SectionContent {
  if (!hasAnyTimescale(machine)) return {};
  // The first urgent or non-urgent route into each stage, looked up once rather than per stage.
  const routeInto = new Map<string, string>();
  for (const t of machine.transitions) if (ROUTE_NAMES[t.event] && !routeInto.has(t.target)) routeInto.set(t.target, t.event);
  const rows = machine.states.map((s) => row(s, routeInto, names)).filter((r): r is TimescaleRowView => r !== null);
  // Stages that only group levels have no timescale of their own to miss.
  const untimed = machine.states
    .filter((s) => s.levels.length === 0 && s.deadline.length === 0 && s.timescales.length === 0 && !(s.steps ?? []).some((x) => x.deadline))
    .map((s) => oneLine(s.title));
  const hasTotals = machine.states.some((s) => s.cumulative !== null);
  const calculated = machine.states.some((s) => s.cumulative !== null && !totalIsStated(s));
  return {
    timescales: rows,
    hasTimescales: true,
    showTotals: hasTotals,
    notes: [
      ...(hasTotals ? ['Totals are counted from the start of the escalation, assuming each stage takes its full time.'] : []),
      ...(calculated ? ['“(calculated)” marks a total the source does not state, worked out from the timescales before it.'] : []),
      ...(untimed.length > 0 ? [`No timescale is stated for ${joinList(untimed)}.`] : []),
    ],
  };
}
