// Checks a simulation's inputs against the protocol before the walk starts, so every mistake is
// reported against the input that caused it (the start, an event, a condition) with the valid
// choices listed, rather than surfacing half-way through as a calendar error.

import { CalendarError } from '../calendar/errors.ts';
import { londonDay } from '../calendar/london-time.ts';
import { SUPPLY_HOLIDAYS_FIX, createWorkingCalendar, type WorkingCalendar } from '../calendar/working-calendar.ts';
import { formatLondonShort } from './date-time.ts';
import { SimulationError, type SimulationArgument } from './errors.ts';
import { formatEventSpec } from './event-spec.ts';
import type { Machine } from '../../compiler/ir/types.ts';
import type { MachineIndex } from './machine-index.ts';
import type { CaseFacts, SimulationOptions } from './types.ts';

const list = (ids: Iterable<string>): string => [...ids].map((id) => `'${id}'`).join(', ') || 'none';

function checkInstant(cal: WorkingCalendar, at: Date, argument: SimulationArgument, what: string, value: string, eventIndex: number | null): void {
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) {
    throw new SimulationError('invalid_date', argument, `${what} is not a valid date and time`, value, eventIndex);
  }
  const year = Number(londonDay(at).slice(0, 4));
  if (!cal.covers(year)) {
    throw new SimulationError(
      'out_of_range',
      argument,
      `${what} (${formatLondonShort(at)}) is outside ${cal.describeYears()}, the years whose bank holidays are known: for ${year}, ${SUPPLY_HOLIDAYS_FIX}`,
      value,
      eventIndex,
    );
  }
}

/** Every condition of the protocol, true where the caller says it holds. */
export function checkConditions(index: MachineIndex, given: CaseFacts | undefined): Record<string, boolean> {
  const facts: Record<string, boolean> = {};
  for (const id of [...index.conditions].sort()) facts[id] = false;
  for (const [id, value] of Object.entries(given ?? {})) {
    if (!index.conditions.has(id)) {
      throw new SimulationError('unknown_condition', 'condition', `the protocol has no condition '${id}'; its conditions are ${list(index.conditions)}`, id);
    }
    facts[id] = value === true;
  }
  return facts;
}

export function checkStartAndEvents(index: MachineIndex, options: SimulationOptions): void {
  const cal = protocolCalendar(index.machine, options);
  checkInstant(cal, options.start, 'start', 'the start of the escalation', String(options.start), null);
  let previous = options.start;
  (options.events ?? []).forEach((event, i) => {
    const text = formatEventSpec(event);
    if (!index.states.has(event.state)) {
      const hint = index.outcomes.has(event.state) || index.exits.has(event.state) ? ` ('${event.state}' is an end, not a stage)` : '';
      throw new SimulationError('unknown_state', 'event', `the protocol has no stage or level '${event.state}'${hint}; its stages are ${list(index.states.keys())}`, text, i);
    }
    if (!index.events.has(event.event)) {
      throw new SimulationError('unknown_event', 'event', `the protocol has no event '${event.event}'; its events are ${list(index.events.keys())}`, text, i);
    }
    if (event.at === undefined) return;
    checkInstant(cal, event.at, 'event', `the time of ${event.state}=${event.event}`, text, i);
    if (event.at.getTime() < previous.getTime()) {
      throw new SimulationError(
        'out_of_order',
        'event',
        `${event.state}=${event.event} at ${formatLondonShort(event.at)} is earlier than ${i === 0 || previous === options.start ? 'the start of the escalation' : 'the event before it'} (${formatLondonShort(previous)}); give events in time order`,
        text,
        i,
      );
    }
    previous = event.at;
  });
}

/** The state to start in: the protocol's start, or `startAt` where a discretionary start allows it. */
export function checkStartState(index: MachineIndex, startAt: string | undefined, facts: CaseFacts): string {
  const initial = index.machine.initial;
  if (startAt === undefined || startAt === initial) return initial;
  if (!index.states.has(startAt)) {
    throw new SimulationError('unknown_state', 'startAt', `the protocol has no stage '${startAt}'; its stages are ${list(index.states.keys())}`, startAt);
  }
  const allowed = index.machine.discretionaryStarts.filter((d) => d.targets.includes(startAt));
  if (allowed.some((d) => d.condition === null || facts[d.condition] === true)) return startAt;
  const needs = allowed.map((d) => d.condition).filter((c): c is string => c !== null);
  const why = needs.length > 0
    ? `only when ${list(needs)} holds (add it as a condition)`
    : `the protocol starts at '${initial}' and allows no discretionary start there`;
  throw new SimulationError('invalid_start', 'startAt', `the escalation cannot start at '${startAt}': ${why}`, startAt);
}

/**
 * The protocol's working calendar (its `calendar.nation` and `calendar.closures`), with a caller's
 * nation in place of the protocol's and extra closure days added. A given `calendar` wins outright.
 */
export function protocolCalendar(
  machine: Machine,
  options: Pick<SimulationOptions, 'nation' | 'closureDays' | 'calendar' | 'bankHolidays'> = {},
): WorkingCalendar {
  if (options.calendar) return options.calendar;
  const { calendar } = machine;
  try {
    return createWorkingCalendar({
      nation: calendar.nation,
      nationOverride: options.nation,
      bankHolidays: options.bankHolidays,
      closureDays: [
        ...calendar.closures.map((c) => (c.reason === null ? c.date : { date: c.date, name: c.reason })),
        ...(options.closureDays ?? []),
      ],
    });
  } catch (error) {
    if (error instanceof CalendarError) throw new SimulationError('invalid_calendar', 'calendar', error.message, error.value);
    throw error;
  }
}
