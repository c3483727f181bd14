// Walks the syntax tree for the rules that need every instance of something (acknowledgements,
// citations, recording duties), wherever it is nested. A dozen rules ask for the same lists, so each
// list is worked out once per analysis and kept on its scope (`scope.walks`: a scope belongs to one
// tree and does not change once built); the lists are read-only for that reason.
import type { Acknowledgement, Citation, Duties, Notification, ProtocolDecl, RecordDuty, Route, StepDecl, Timescale } from '../../../dsl/ast.ts';
import type { Scope, StateInfo } from './scope.ts';

/** The walks already done for one scope's tree. */
export interface Walks {
  routes?: readonly { route: Route; state: StateInfo | null }[];
  recordDuties?: readonly { duty: RecordDuty; state: StateInfo | null }[];
  dutyPlaces?: readonly DutyPlace[];
  steps?: readonly { step: StepDecl; place: DutyPlace }[];
  notifications?: readonly { notification: Notification; place: DutyPlace }[];
  citations?: readonly Citation[];
  acknowledgements?: readonly Acknowledgement[];
}

/** The list kept under `key` on the scope, worked out by `work` the first time it is asked for. */
function once<K extends keyof Walks>(scope: Scope, key: K, work: () => NonNullable<Walks[K]>): NonNullable<Walks[K]> {
  const walks = scope.walks;
  if (!walks) return work();
  return (walks[key] ??= work()) as NonNullable<Walks[K]>;
}

export function allRecordDuties(ast: ProtocolDecl, scope: Scope): readonly { duty: RecordDuty; state: StateInfo | null }[] {
  return once(scope, 'recordDuties', () => recordDuties(ast, scope));
}

function recordDuties(ast: ProtocolDecl, scope: Scope): { duty: RecordDuty; state: StateInfo | null }[] {
  const result: { duty: RecordDuty; state: StateInfo | null }[] = ast.records.map((duty) => ({ duty, state: null }));
  for (const outcome of ast.outcomes) for (const duty of outcome.records) result.push({ duty, state: null });
  for (const state of scope.states) for (const duty of state.decl.records) result.push({ duty, state });
  for (const { route, state } of allRoutes(ast, scope)) for (const duty of route.records) result.push({ duty, state });
  return result;
}

export function allRoutes(ast: ProtocolDecl, scope: Scope): readonly { route: Route; state: StateInfo | null }[] {
  return once(scope, 'routes', () => [
    ...scope.states.flatMap((state) => state.decl.routes.map((route) => ({ route, state }))),
    ...ast.routes.map((route) => ({ route, state: null })),
  ]);
}

/** Where steps and notifications can be declared: a stage, an outcome or a route. */
export interface DutyPlace {
  duties: Pick<Duties, 'steps' | 'notifications'>;
  /** The stage it belongs to (the route's own stage for a route), or null. */
  state: StateInfo | null;
  kind: 'stage' | 'outcome' | 'route';
  name: string;
}

export function allDutyPlaces(ast: ProtocolDecl, scope: Scope): readonly DutyPlace[] {
  return once(scope, 'dutyPlaces', () => [
    ...scope.states.map((state): DutyPlace => ({ duties: state.decl, state, kind: 'stage', name: state.decl.id.name })),
    ...ast.outcomes.map((o): DutyPlace => ({ duties: o, state: null, kind: 'outcome', name: o.id.name })),
    ...allRoutes(ast, scope).map(({ route, state }): DutyPlace => ({
      duties: route,
      state,
      kind: 'route',
      name: `${state?.decl.id.name ?? 'any stage'} on ${route.event.name}`,
    })),
  ]);
}

export function allSteps(ast: ProtocolDecl, scope: Scope): readonly { step: StepDecl; place: DutyPlace }[] {
  return once(scope, 'steps', () => allDutyPlaces(ast, scope).flatMap((place) => place.duties.steps.map((step) => ({ step, place }))));
}

/** Every notification, including those inside steps. */
export function allNotifications(ast: ProtocolDecl, scope: Scope): readonly { notification: Notification; place: DutyPlace }[] {
  return once(scope, 'notifications', () =>
    allDutyPlaces(ast, scope).flatMap((place) => [
      ...place.duties.notifications.map((notification) => ({ notification, place })),
      ...place.duties.steps.flatMap((s) => s.notifications.map((notification) => ({ notification, place }))),
    ]),
  );
}

export function allTimescales(scope: Scope): { timescale: Timescale; state: StateInfo }[] {
  return scope.states.flatMap((state) => state.decl.timescales.map((timescale) => ({ timescale, state })));
}

/** Every element that can carry `cite` or `acknowledge`. */
function annotated(ast: ProtocolDecl, scope: Scope): { cites: Citation[]; acknowledgements: Acknowledgement[] }[] {
  return [
    ast,
    ...ast.indicative,
    ...ast.roles,
    ...ast.bodies,
    ...ast.agencies,
    ...ast.conditions,
    ...ast.channels,
    ...ast.forms,
    ...ast.registers,
    ...ast.outcomes,
    ...ast.exits,
    ...ast.starts,
    ...ast.routes,
    ...ast.phases,
    ...allSteps(ast, scope).map((s) => s.step),
    ...allNotifications(ast, scope).map((n) => n.notification),
    ...ast.principles,
    ...ast.notes,
    ...ast.quotes,
    ...allRecordDuties(ast, scope).map((r) => r.duty),
    ...scope.states.flatMap((s) => [s.decl, ...s.decl.routes, ...s.decl.timescales, ...s.decl.consultations, ...s.decl.requiredForms]),
  ];
}

export function allAcknowledgements(ast: ProtocolDecl, scope: Scope): readonly Acknowledgement[] {
  return once(scope, 'acknowledgements', () => [...new Set(annotated(ast, scope).flatMap((a) => a.acknowledgements))]);
}

export function allCitations(ast: ProtocolDecl, scope: Scope): readonly Citation[] {
  return once(scope, 'citations', () => [...new Set(annotated(ast, scope).flatMap((a) => a.cites))]);
}
