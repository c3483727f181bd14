// Messages for the walk's dead ends (an event for a stage that is not active, an event with no
// route) and the description of where it ended. Each message names the stage, lists what would
// have been accepted, and says how to fix the input.

import type { Transition } from '../../compiler/ir/types.ts';
import { bodyTitle, stateOf, type MachineIndex } from './machine-index.ts';
import { applicableRoutes, defaultRoute } from './routes.ts';
import type { DutiesView, SimulatedEnd, TimelineEvent } from './types.ts';
import { recordViews } from './views.ts';
import { formatLondonShort } from './date-time.ts';

/** "resolved → resolved, unresolved → step2" for the routes available from `leaf`. */
export function describeRoutes(index: MachineIndex, leaf: string, from: string = leaf): string {
  const routes = applicableRoutes(index, leaf, from);
  if (routes.length === 0) return 'none';
  return routes.map((t) => `${t.event}${t.condition ? ` when ${t.condition}` : ''} → ${t.target}`).join(', ');
}

export function inactiveMessage(index: MachineIndex, event: TimelineEvent, active: readonly string[], end: SimulatedEnd | null = null): string {
  const spec = `${event.state}=${event.event}`;
  if (end !== null) {
    return `${spec} comes after the escalation ended (${end.kind} '${end.id}', ${formatLondonShort(end.at)}); remove it or change the events before it`;
  }
  const leaf = active[active.length - 1];
  const where = leaf === undefined ? 'nowhere' : `'${leaf}' (${stateOf(index, leaf).title})`;
  return `'${event.state}' is not active when ${spec} comes: the escalation is at ${where}; give an event for that stage first, e.g. ${leaf ?? ''}=${firstEvent(index, leaf)}`;
}

/** The event the default path would take from `leaf`, as the example in a message. */
function firstEvent(index: MachineIndex, leaf: string | undefined): string {
  if (leaf === undefined) return 'unresolved';
  return defaultRoute(index, leaf, {})?.event ?? applicableRoutes(index, leaf)[0]?.event ?? 'unresolved';
}

export function noRouteMessage(index: MachineIndex, event: TimelineEvent, leaf: string, blocked: readonly Transition[]): string {
  const spec = `${event.state}=${event.event}`;
  const needs = [...new Set(blocked.map((t) => t.condition).filter((c): c is string => c !== null))];
  if (needs.length > 0) {
    return `${spec} has a route only when ${needs.map((c) => `'${c}'`).join(' or ')} holds; add it as a condition, or use another event (routes: ${describeRoutes(index, leaf, event.state)})`;
  }
  return `'${event.state}' has no route on '${event.event}'; its routes are: ${describeRoutes(index, leaf, event.state)}`;
}

export function stoppedReason(index: MachineIndex, leaf: string): string {
  return `no route out of '${leaf}' can be taken without an event (routes: ${describeRoutes(index, leaf)})`;
}

const NO_DUTIES: DutiesView = { timedSteps: [], notifications: [] };

export function buildEnd(
  index: MachineIndex,
  route: Transition,
  at: Date,
  duties: DutiesView = NO_DUTIES,
  facts?: Readonly<Record<string, boolean>>,
): SimulatedEnd {
  const outcome = index.outcomes.get(route.target);
  if (outcome) {
    return {
      kind: 'outcome',
      id: outcome.id,
      title: outcome.title,
      at,
      description: outcome.description,
      outcomeKind: outcome.kind,
      binding: outcome.binding,
      body: outcome.body === null ? null : { id: outcome.body, title: bodyTitle(index, outcome.body) },
      records: recordViews(index, outcome.records, facts),
      duties,
    };
  }
  const exit = index.exits.get(route.target);
  return {
    kind: 'exit',
    id: route.target,
    title: exit?.title ?? route.target,
    at,
    description: exit?.description ?? null,
    outcomeKind: null,
    binding: false,
    body: null,
    records: [],
    duties: NO_DUTIES,
  };
}
