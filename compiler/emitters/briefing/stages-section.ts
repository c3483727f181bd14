// Section 3 of the briefing: each stage (with its levels) and who is involved, what they do and where
// each route leads, then the routes that apply from any stage and the discretionary starts.
import type { Machine, State, Transition } from '../../ir/types.ts';
import { routesBySource } from '../../ir/routes-by-source.ts';
import { joinList, notificationSentence, oneLine, routeCondition, stepSentence, type Namer } from '../print-shared/text.ts';
import { ladderView } from './ladder-view.ts';
import type { ItemView, SectionContent, StageView } from './section-view.ts';

function whoFacts(state: State, names: Namer): ItemView[] {
  const facts: ItemView[] = [];
  const meets = state.meetings.map((m) => {
    const role = names.role(m.role);
    if (m.with) return `${role} with ${names.role(m.with)}`;
    return m.counterpart ? `${role} with their counterpart in the other agency` : role;
  });
  if (meets.length > 0) facts.push({ lead: 'Who', text: `${joinList(meets)}.` });
  // Lowering may name the meeting's own role as owner; saying it twice wastes a line.
  if (state.owner && !state.meetings.some((m) => m.role === state.owner)) facts.push({ lead: 'Led by', text: `${names.role(state.owner)}.` });
  for (const c of state.consultations) {
    const when = c.when ? `, ${oneLine(c.when)}` : '';
    facts.push({ lead: c.modality === 'should' ? 'Should consult' : 'May consult', text: `${names.roles(c.roles)}${when}.` });
  }
  if (state.convenes.length > 0) {
    facts.push({ lead: 'Convenes', text: `${joinList(state.convenes.map((b) => names.body(b)))}.` });
  }
  // A form the protocol requires here is named as required, not only as somewhere to record.
  for (const r of state.requiredForms ?? []) facts.push({ lead: 'Required', text: `${names.record(r.form)}.` });
  facts.push(...dutyItems(state, names));
  return facts;
}

/** Steps ("Step 1", each with its own timescale) and notifications of a stage, outcome or route. */
export function dutyItems(holder: Pick<State, 'steps' | 'notifications'>, names: Namer, entry?: string): ItemView[] {
  const items: ItemView[] = [];
  (holder.steps ?? []).forEach((step, i) => {
    items.push({ lead: `Step ${i + 1}`, text: `${stepSentence(step, names, entry)}.` });
    for (const n of step.notifications) items.push({ lead: 'Then', text: `${notificationSentence(n, names, entry)}.` });
  });
  for (const n of holder.notifications ?? []) items.push({ lead: 'Then', text: `${notificationSentence(n, names, entry)}.` });
  return items;
}

/** What taking a route obliges people to do, after its arrow: "; then notify …". */
function routeDuties(t: Transition, names: Namer): string {
  const duties = [
    ...(t.steps ?? []).map((s) => stepSentence(s, names, 'the route being taken')),
    ...(t.notifications ?? []).map((n) => notificationSentence(n, names, 'the route being taken')),
    ...(t.records ?? []).map((r) => `record in ${names.record(r.record)}${r.condition ? `, only if ${names.condition(r.condition)}` : ''}`),
  ];
  return duties.length > 0 ? `; then ${duties.map((d) => d.charAt(0).toLowerCase() + d.slice(1)).join('; ')}` : '';
}

const hasDuties = (t: Transition) => (t.steps ?? []).length + (t.notifications ?? []).length + (t.records ?? []).length > 0;

/**
 * The routes most stages share ("if resolved, the agreed outcome; if not, the next stage"), said
 * once above the stages so that each stage lists only the routes that differ.
 */
interface DefaultRoutes {
  resolvedTarget: string | null;
  isDefault(t: Transition): boolean;
}

function defaultRoutes(machine: Machine): DefaultRoutes {
  const resolved = machine.transitions.filter((t) => t.source !== null && t.event === 'resolved' && t.condition === null);
  // The most common target of "resolved" (first in protocol order on a tie), if it is shared.
  const counts = new Map<string, number>();
  for (const t of resolved) counts.set(t.target, (counts.get(t.target) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  const resolvedTarget = top && top[1] > 1 ? top[0] : null;
  // Each state's position, looked up once (the first of an id, as findIndex would find it).
  const position = new Map<string, number>();
  machine.states.forEach((s, i) => {
    if (!position.has(s.id)) position.set(s.id, i);
  });
  const nextOf = (id: string): string[] => {
    const next = machine.states[(position.get(id) ?? -1) + 1];
    return next ? [next.id, ...next.levels.slice(0, 1)] : [];
  };
  return {
    resolvedTarget,
    isDefault: (t) =>
      t.source !== null &&
      t.condition === null &&
      ((t.event === 'resolved' && t.target === resolvedTarget) || (t.event === 'unresolved' && nextOf(t.source).includes(t.target))),
  };
}

/** Each stage's own routes and each state by id, built once per section (was a search per stage). */
interface Lookups {
  routesFrom: Map<string, Transition[]>;
  stateById: Map<string, State>;
}

function lookups(machine: Machine): Lookups {
  const routesFrom = routesBySource(machine);
  const stateById = new Map<string, State>();
  for (const s of machine.states) if (!stateById.has(s.id)) stateById.set(s.id, s);
  return { routesFrom, stateById };
}

function stageView(machine: Machine, state: State, names: Namer, defaults: DefaultRoutes, found: Lookups): StageView {
  const next = (found.routesFrom.get(state.id) ?? [])
    .filter((t) => !defaults.isDefault(t) || hasDuties(t))
    .map((t) => `${routeCondition(t, machine, names)} → ${names.target(t.target)}${routeDuties(t, names)}`);
  return {
    title: oneLine(state.title),
    facts: whoFacts(state, names),
    actions: [...state.actions, ...state.results.map((r) => `Result: ${r}`), ...state.notes].map(oneLine),
    next,
    levels: state.levels
      .map((id) => found.stateById.get(id))
      .filter((s): s is State => s !== undefined)
      .map((s) => stageView(machine, s, names, defaults, found)),
  };
}

/** Routes that do not belong to one stage: "at any stage ..." and discretionary starts. */
function anyStageItems(machine: Machine, names: Namer): ItemView[] {
  const items: ItemView[] = [];
  for (const t of machine.transitions.filter((x) => x.source === null)) {
    items.push({ lead: 'At any stage', text: `${routeCondition(t, machine, names)} → ${names.target(t.target)}.` });
  }
  for (const start of machine.discretionaryStarts) {
    const when = start.condition ? `If ${names.condition(start.condition)}, ` : '';
    const which = start.any || start.targets.length === 0
      ? 'use discretion as to which stage is started'
      : `the escalation may start at ${joinList(start.targets.map((id) => names.state(id)), 'or')}`;
    const after = start.after.length > 0 ? `, after consulting ${names.rolesInSentence(start.after)}` : '';
    const sentence = `${when}${which}${after}.`;
    // Only urgent ways in are called urgent; another procedure or a shortcut says what it is.
    const lead = { urgent: 'Urgent start', procedure: 'Another procedure', shortcut: 'Shortcut' }[start.kind ?? 'urgent'];
    items.push({ lead, text: sentence[0]!.toUpperCase() + sentence.slice(1) });
  }
  const outcomes = machine.outcomes.map((o) => (o.binding ? `${oneLine(o.title)} (binding)` : oneLine(o.title)));
  if (outcomes.length > 0) items.push({ lead: 'Possible outcomes', text: `${joinList(outcomes, 'or')}.` });
  for (const o of machine.outcomes) {
    for (const item of dutyItems(o, names, 'the outcome')) items.push({ lead: `${oneLine(o.title)}: ${(item.lead ?? '').toLowerCase()}`, text: item.text });
  }
  return items;
}

export function stagesSection(machine: Machine, names: Namer): SectionContent {
  const topLevel = machine.states.filter((s) => s.parent === null);
  const titles = topLevel.map((s) => oneLine(s.title));
  const defaults = defaultRoutes(machine);
  const found = lookups(machine);
  const movesOn = machine.transitions.some((t) => t.event === 'unresolved' && defaults.isDefault(t));
  const routes = [
    ...(defaults.resolvedTarget ? [`if resolved → ${names.target(defaults.resolvedTarget)}`] : []),
    ...(movesOn ? ['if not resolved → the next stage'] : []),
  ];
  const phases = (machine.phases ?? []).map((p) => `${oneLine(p.title)}: ${joinList(p.states.map((id) => names.state(id)))}.`);
  return {
    paragraphs: [...phases, ...(routes.length > 0 ? [`At each stage: ${routes.join('; ')}.`] : [])],
    stages: topLevel.map((s) => stageView(machine, s, names, defaults, found)),
    items: anyStageItems(machine, names),
    figure: {
      src: 'flowchart.svg',
      alt: `Flowchart of the escalation stages: ${joinList(titles)}.`,
      ladder: ladderView(machine, names, defaults.isDefault),
    },
  };
}
