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
  annotated?: readonly { cites: Citation[]; acknowledgements: Acknowledgement[] }[];
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
  return once(scope, 'routes', () => {
    const result: { route: Route; state: StateInfo | null }[] = [];
    for (const state of scope.states) for (const route of state.decl.routes) result.push({ route, state });
    for (const route of ast.routes) result.push({ route, state: null });
    return result;
  });
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
  return once(scope, 'steps', () => {
    const result: { step: StepDecl; place: DutyPlace }[] = [];
    for (const place of allDutyPlaces(ast, scope)) for (const step of place.duties.steps) result.push({ step, place });
    return result;
  });
}

/** Every notification, including those inside steps. */
export function allNotifications(ast: ProtocolDecl, scope: Scope): readonly { notification: Notification; place: DutyPlace }[] {
  return once(scope, 'notifications', () => {
    const result: { notification: Notification; place: DutyPlace }[] = [];
    for (const place of allDutyPlaces(ast, scope)) {
      for (const notification of place.duties.notifications) result.push({ notification, place });
      for (const step of place.duties.steps) for (const notification of step.notifications) result.push({ notification, place });
    }
    return result;
  });
}

export function allTimescales(scope: Scope): { timescale: Timescale; state: StateInfo }[] {
  return scope.states.flatMap((state) => state.decl.timescales.map((timescale) => ({ timescale, state })));
}

type Annotated = { cites: Citation[]; acknowledgements: Acknowledgement[] };

/**
 * Every element that can carry `cite` or `acknowledge`, in one fixed order (declarations, steps,
 * notifications, prose, recording duties, then each stage with its routes, timescales,
 * consultations and required forms). Plain loops: spreading and flatMap over a megabyte protocol's
 * hundred thousand elements cost more than the rules that read the list.
 */
function annotated(ast: ProtocolDecl, scope: Scope): readonly Annotated[] {
  return once(scope, 'annotated', () => {
    const result: Annotated[] = [ast];
    const add = (items: readonly Annotated[]) => {
      for (const item of items) result.push(item);
    };
    for (const items of [ast.indicative, ast.roles, ast.bodies, ast.agencies, ast.conditions, ast.channels, ast.forms, ast.registers, ast.outcomes, ast.exits, ast.starts, ast.routes, ast.phases]) add(items);
    for (const { step } of allSteps(ast, scope)) result.push(step);
    for (const { notification } of allNotifications(ast, scope)) result.push(notification);
    for (const items of [ast.principles, ast.notes, ast.quotes]) add(items);
    for (const { duty } of allRecordDuties(ast, scope)) result.push(duty);
    for (const { decl } of scope.states) {
      result.push(decl);
      for (const items of [decl.routes, decl.timescales, decl.consultations, decl.requiredForms]) add(items);
    }
    return result;
  });
}

/** Each distinct element of every list, in first-seen order. */
function distinct<T>(lists: Iterable<readonly T[]>): T[] {
  const seen = new Set<T>();
  for (const list of lists) for (const item of list) seen.add(item);
  return [...seen];
}

export function allAcknowledgements(ast: ProtocolDecl, scope: Scope): readonly Acknowledgement[] {
  return once(scope, 'acknowledgements', () => distinct(annotated(ast, scope).map((a) => a.acknowledgements)));
}

export function allCitations(ast: ProtocolDecl, scope: Scope): readonly Citation[] {
  return once(scope, 'citations', () => distinct(annotated(ast, scope).map((a) => a.cites)));
}
