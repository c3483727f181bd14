// Lowers the ways into, through and out of a protocol: transitions, the events they use,
// discretionary starts, outcomes and exits.
import type { Route } from '../../../dsl/ast.ts';
import type { Machine, MachineEvent, Transition } from '../../ir/types.ts';
import type { Analysis } from '../2-analyze/analysis.ts';
import { BUILTIN_EVENTS } from '../2-analyze/facts.ts';
import type { CitationTable } from './citations.ts';
import { lowerNotification, lowerStep, onlyIf } from './lower-duties.ts';
import { lowerDuty } from './lower-states.ts';

type Routes = Pick<Machine, 'initial' | 'discretionaryStarts' | 'outcomes' | 'exits' | 'events' | 'transitions'>;

export function lowerRoutes(analysis: Analysis, cite: CitationTable): Routes {
  const { ast, scope, initial } = analysis;
  const indicative = ast.indicative.length > 0;
  const kindOf = (name: string): Transition['targetKind'] => {
    const kind = scope.symbols.get(name)?.kind;
    return kind === 'outcome' ? 'outcome' : kind === 'exit' ? 'exit' : 'state';
  };
  const transition = (route: Route, source: string | null): Transition => ({
    id: [source ?? 'any', route.event.name, route.condition?.name].filter(Boolean).join('.'),
    source,
    event: route.event.name,
    condition: route.condition?.name ?? null,
    target: route.target.name,
    targetKind: kindOf(route.target.name),
    ...onlyIf('steps', route.steps.map((s) => lowerStep(s, cite, indicative))),
    ...onlyIf('notifications', route.notifications.map((n) => lowerNotification(n, cite, indicative))),
    ...onlyIf('records', route.records.map((r) => lowerDuty(r, 'route', analysis, cite))),
    citations: cite.idsOf(route.cites),
  });
  // Routes with a `when` come before the unguarded route on the same event, as deadline cases
  // do: the runtime takes the first route that holds, so a guarded route is never shadowed.
  const guardedFirst = (routes: Route[]) => [...routes.filter((r) => r.condition), ...routes.filter((r) => !r.condition)];
  const transitions = [
    ...scope.states.flatMap((s) => guardedFirst(s.decl.routes).map((r) => transition(r, s.decl.id.name))),
    ...guardedFirst(ast.routes).map((r) => transition(r, null)),
  ];
  const used = new Set(transitions.map((t) => t.event));
  const conditionText = new Map(ast.conditions.map((c) => [c.id.name, c.title.value]));
  const events: MachineEvent[] = [
    ...Object.entries(BUILTIN_EVENTS)
      .filter(([id]) => used.has(id))
      .map(([id, label]): MachineEvent => ({ id, kind: 'builtin', label })),
    ...ast.conditions
      .filter((c) => used.has(c.id.name))
      .map((c): MachineEvent => ({ id: c.id.name, kind: 'condition', label: conditionText.get(c.id.name)! })),
  ];
  const topStages = scope.states.filter((s) => !s.parent).map((s) => s.decl.id.name);
  return {
    initial: initial!.decl.id.name,
    discretionaryStarts: ast.starts
      .filter((s) => s.anyStage || s.condition)
      .map((s) => ({
        condition: s.condition?.name ?? null,
        any: s.anyStage,
        targets: s.anyStage ? topStages : s.targets.map((t) => t.name),
        after: s.after.map((a) => a.name),
        ...onlyIf('kind', s.kind?.name as 'urgent' | 'procedure' | 'shortcut' | undefined),
        citations: cite.idsOf(s.cites),
      })),
    outcomes: ast.outcomes.map((o) => ({
      id: o.id.name,
      title: o.title.value,
      kind: (o.kind?.name ?? 'resolved') as Machine['outcomes'][number]['kind'],
      binding: o.binding,
      body: o.body?.name ?? null,
      description: o.description?.value ?? null,
      records: [
        ...ast.records.filter((r) => r.atOutcome).map((r) => lowerDuty(r, 'protocol', analysis, cite)),
        ...o.records.map((r) => lowerDuty(r, 'outcome', analysis, cite)),
      ],
      ...onlyIf('steps', o.steps.map((s) => lowerStep(s, cite, indicative))),
      ...onlyIf('notifications', o.notifications.map((n) => lowerNotification(n, cite, indicative))),
      citations: cite.idsOf(o.cites),
    })),
    exits: ast.exits.map((e) => ({ id: e.id.name, title: e.title.value, description: e.description?.value ?? null, citations: cite.idsOf(e.cites) })),
    events,
    transitions,
  };
}
