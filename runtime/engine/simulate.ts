// The deadline timeline engine: walks a compiled protocol from the moment an escalation is raised,
// through the events given (and, after them, the default "unresolved until the end" path), and
// records every state entered, who meets whom, each due moment, what was missed and what must be
// recorded. A pure function: same protocol and options, same answer.
//
// simulateTrusted takes a machine already checked (the build validates every machine.json it
// writes, so the site's simulator passes its protocol straight in). It does not import the
// validator, so a bundle that needs only this leaves TypeBox and the schema out (the simulator
// island's size budget); simulate (checked-simulate.ts) checks the machine first.

import type { Machine, State, Transition } from '../../compiler/ir/types.ts';
import { CalendarError } from '../calendar/errors.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { formatLondonShort } from './date-time.ts';
import { elapsedFromStart, evaluateTimescale, isCountable, selectDeadline, type AnchorTimes } from './deadlines.ts';
import { SimulationError } from './errors.ts';
import { formatEventSpec } from './event-spec.ts';
import { indexMachine, selfAndAncestors, stateOf, targetTitle } from './machine-index.ts';
import { buildEnd, inactiveMessage, noRouteMessage, stoppedReason } from './simulate-messages.ts';
import { defaultRoute, routeForEvent } from './routes.ts';
import type { DutiesView, ExitTiming, SimulatedEnd, SimulatedStep, Simulation, SimulationOptions, TimelineEvent } from './types.ts';
import { checkConditions, checkStartAndEvents, checkStartState, protocolCalendar } from './validate-input.ts';
import { convenesViews, meetingViews, ownerView, recordViews } from './views.ts';
import { dutiesAt, markOverdue } from './duties.ts';

/** More states than any real protocol walks; reaching it means the routes loop. */
const MAX_STEPS = 500;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The timeline of a case, for a machine already checked (by loadMachine or the build). */
export function simulateTrusted(machine: Machine, options: SimulationOptions): Simulation {
  const index = indexMachine(machine);
  checkStartAndEvents(index, options);
  const facts = checkConditions(index, options.conditions);
  const initialFacts = { ...facts };
  const startState = checkStartState(index, options.startAt, facts);
  const cal = protocolCalendar(machine, options);
  const { start } = options;
  const events = options.events ?? [];

  const active: string[] = [];
  const open = new Map<string, Mutable<SimulatedStep>>();
  const steps: Mutable<SimulatedStep>[] = [];
  const ended = new Map<string, Date>();
  let now = start;
  let nowWhy = 'the start of the escalation';
  let end: SimulatedEnd | null = null;
  let stopped: Simulation['stopped'] = null;

  const openStep = (state: State, at: Date): void => {
    const times: AnchorTimes = { start, enteredAt: at, endedAt: (id) => ended.get(id), titleOf: (id) => targetTitle(index, id) };
    const spec = selectDeadline(state.deadline, facts);
    const deadline = spec && isCountable(spec) ? { ...withinRange(() => evaluateTimescale(spec, times, cal), state), missed: false } : null;
    // Totals are compared with the protocol's own ("4 days total"); an hours deadline has none,
    // and "295 hours since the start" helps nobody, so only day counts get a total of their own.
    const ownUnit = deadline?.spec.unit === 'working_days' || deadline?.spec.unit === 'calendar_days' ? deadline.spec.unit : null;
    const unit = state.cumulative?.unit ?? ownUnit;
    const step: Mutable<SimulatedStep> = {
      state,
      enteredAt: at,
      exitedAt: null,
      exit: null,
      owner: ownerView(index, state),
      meetings: meetingViews(index, state),
      convenes: convenesViews(index, state),
      deadline,
      timescales: state.timescales.filter(isCountable).map((t) => withinRange(() => evaluateTimescale(t, times, cal), state)),
      cumulative: state.cumulative,
      total: deadline && unit ? elapsedFromStart(start, deadline.due, unit, cal) : null,
      records: recordViews(index, state.records, facts),
      duties: dutiesAt(index, state, facts, times, cal),
    };
    steps.push(step);
    open.set(state.id, step);
    active.push(state.id);
  };

  const enter = (target: string, at: Date): void => {
    const chain = selfAndAncestors(index, target).reverse();
    for (let first = chain[chain.length - 1]!.levels[0]; first !== undefined; first = stateOf(index, first).levels[0]) {
      chain.push(stateOf(index, first));
    }
    for (const state of chain) if (!active.includes(state.id)) openStep(state, at);
  };

  /** Active states a route leaves, innermost first: all of them for an end, else those not enclosing the target. */
  const exitSet = (route: Transition): string[] => {
    const keep = route.targetKind === 'state' ? selfAndAncestors(index, route.target).slice(1).map((s) => s.id) : [];
    return active.filter((id) => !keep.includes(id)).reverse();
  };

  /** No time given: the innermost state left that has a deadline (or timed steps: the last of them) ends at it; otherwise at once. */
  const assumedEnd = (leaving: string[]): { at: Date; timing: ExitTiming } => {
    for (const id of leaving) {
      const due = open.get(id)?.deadline?.due ?? lastStepDue(open.get(id)?.duties);
      if (due) return { at: due.getTime() > now.getTime() ? due : now, timing: 'deadline' };
    }
    return { at: now, timing: 'immediate' };
  };

  const fire = (route: Transition, at: Date, timing: ExitTiming): void => {
    const taken: AnchorTimes = { start, enteredAt: at, endedAt: (id) => ended.get(id), titleOf: (id) => targetTitle(index, id) };
    const routeDuties = dutiesAt(index, route, facts, taken, cal);
    const routeRecords = recordViews(index, route.records ?? [], facts);
    for (const id of exitSet(route)) {
      const step = open.get(id)!;
      step.exitedAt = at;
      step.exit = { event: route.event, transition: route, targetTitle: targetTitle(index, route.target), timing, duties: routeDuties, records: routeRecords };
      step.duties = markOverdue(step.duties, at);
      if (step.deadline) step.deadline = { ...step.deadline, missed: at.getTime() > step.deadline.due.getTime() };
      ended.set(id, at);
      open.delete(id);
      active.splice(active.indexOf(id), 1);
    }
    // A condition that happens (e.g. "policy issues are raised") holds from then on.
    if (index.events.get(route.event)?.kind === 'condition') facts[route.event] = true;
    now = at;
    if (route.targetKind === 'state') enter(route.target, at);
    else end = buildEnd(index, route, at, dutiesAt(index, index.outcomes.get(route.target) ?? {}, facts, taken, cal), facts);
  };

  enter(startState, start);
  let next = 0;
  for (let taken = 0; end === null && stopped === null; taken++) {
    if (taken > MAX_STEPS) {
      throw new SimulationError('too_many_steps', 'protocol', `the walk passed ${MAX_STEPS} states without reaching an end: the routes go round in a loop`, machine.id);
    }
    const leaf = active[active.length - 1]!;
    const event: TimelineEvent | undefined = events[next];
    if (event === undefined) {
      const route = defaultRoute(index, leaf, facts);
      if (route === null) stopped = { state: leaf, reason: stoppedReason(index, leaf) };
      else {
        const { at, timing } = assumedEnd(exitSet(route));
        fire(route, at, timing);
      }
      continue;
    }
    const text = formatEventSpec(event);
    if (!active.includes(event.state)) {
      throw new SimulationError('inactive_state', 'event', inactiveMessage(index, event, active), text, next);
    }
    const { route, blocked } = routeForEvent(index, leaf, event.state, event.event, facts);
    if (route === null) throw new SimulationError('no_route', 'event', noRouteMessage(index, event, leaf, blocked), text, next);
    if (event.at !== undefined && event.at.getTime() < now.getTime()) {
      throw new SimulationError(
        'out_of_order',
        'event',
        `${event.state}=${event.event} at ${formatLondonShort(event.at)} is earlier than ${nowWhy} (${formatLondonShort(now)}); give events in time order`,
        text,
        next,
      );
    }
    const { at, timing } = event.at !== undefined ? { at: event.at, timing: 'given' as const } : assumedEnd(exitSet(route));
    fire(route, at, timing);
    nowWhy = timing === 'deadline'
      ? `the deadline of '${event.state}', when it is taken to end because no time was given`
      : `the event before it`;
    next++;
  }
  const leftOver = events[next];
  if (leftOver !== undefined) {
    throw new SimulationError('inactive_state', 'event', inactiveMessage(index, leftOver, active, end), formatEventSpec(leftOver), next);
  }

  return {
    protocol: { id: machine.id, title: machine.meta.title },
    calendar: { nation: cal.nation, closureDays: cal.closureDays, description: cal.describe() },
    start,
    startState,
    conditions: initialFacts,
    steps,
    end,
    stopped,
  };
}

/** The latest due moment of a stage's steps: with no stage deadline, the stage takes until then. */
function lastStepDue(duties: DutiesView | undefined): Date | undefined {
  const dues = (duties?.timedSteps ?? []).flatMap((s) => (s.due ? [s.due.due] : []));
  return dues.length === 0 ? undefined : new Date(Math.max(...dues.map((d) => d.getTime())));
}

/** Deadlines past the known bank holidays are an input problem (the start is too late), not a crash. */
function withinRange<T>(count: () => T, state: State): T {
  try {
    return count();
  } catch (error) {
    if (error instanceof CalendarError && error.code === 'out_of_range') {
      throw new SimulationError('out_of_range', 'start', `the deadline of '${state.id}' would fall after the last year whose bank holidays are known: ${error.message}`, error.value);
    }
    throw error;
  }
}
