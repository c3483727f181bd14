// Turning a state's deadline cases and timescales into due moments. Which case applies depends on
// the case facts; where a count starts depends on its anchor: the state's entry, the start of the
// escalation, or the end of a named earlier state ("within a further 2 working days of step 1").

import type { Amount, Deadline, Unit } from '../../compiler/ir/types.ts';
import { countCalendarDays, countWorkingDays, endOfWorkingDay } from '../calendar/arithmetic.ts';
import { addDays, dayNumber } from '../calendar/civil-date.ts';
import { computeDue } from '../calendar/due.ts';
import { londonDay } from '../calendar/london-time.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import type { AnchorView, CaseFacts, TimescaleResult } from './types.ts';

/** What the walk knows when a state is entered, for finding anchors. */
export interface AnchorTimes {
  /** T0: the start of the escalation. */
  readonly start: Date;
  /** When the state was entered. */
  readonly enteredAt: Date;
  /** When a state last ended, if it has ended during this walk. */
  readonly endedAt: (state: string) => Date | undefined;
  /** Titles of states, for explanations. */
  readonly titleOf: (state: string) => string;
  /** When an earlier step of the same stage, outcome or route falls due, with its action. */
  readonly stepDue?: ((step: string) => { readonly at: Date; readonly title: string } | undefined) | undefined;
}

/** The first case whose condition holds (conditional cases come first in the IR, the default last). */
export function selectDeadline(cases: readonly Deadline[], facts: CaseFacts): Deadline | null {
  return cases.find((c) => c.condition === null || facts[c.condition] === true) ?? null;
}

/** A timescale the calendar can count: "immediately", or an amount with a unit. */
export function isCountable(spec: Deadline): boolean {
  return spec.unit === 'immediately' || spec.amount !== null;
}

export function resolveAnchor(spec: Deadline, times: AnchorTimes): AnchorView {
  switch (spec.anchor.kind) {
    case 'entry':
      return { kind: 'entry', state: null, title: null, at: times.enteredAt, note: null };
    case 'escalation':
      return { kind: 'escalation', state: null, title: null, at: times.start, note: null };
    case 'after': {
      const title = times.titleOf(spec.anchor.state);
      const ended = times.endedAt(spec.anchor.state);
      if (ended !== undefined) return { kind: 'after', state: spec.anchor.state, title, at: ended, note: null };
      // Reached without passing through the named state (a discretionary start, another branch):
      // count from entering this one, and say so, rather than invent a time.
      return {
        kind: 'after',
        state: spec.anchor.state,
        title,
        at: times.enteredAt,
        note: `'${spec.anchor.state}' was not part of this walk, so this is counted from entering the stage`,
      };
    }
    case 'step': {
      // "a further 3 working days of the response": from the latest moment the earlier step can
      // have happened, its own due moment. A step with no due moment leaves the entry time.
      const earlier = times.stepDue?.(spec.anchor.step);
      if (earlier !== undefined) return { kind: 'step', state: spec.anchor.step, title: earlier.title, at: earlier.at, note: null };
      return {
        kind: 'step',
        state: spec.anchor.step,
        title: null,
        at: times.enteredAt,
        note: `'${spec.anchor.step}' has no due date in this case, so this is counted from the start of the stage`,
      };
    }
  }
}

/** The due moment of one timescale. Throws CalendarError('out_of_range') past the supported years. */
export function evaluateTimescale(spec: Deadline, times: AnchorTimes, cal: WorkingCalendar): TimescaleResult {
  const anchor = resolveAnchor(spec, times);
  const { due, rule } = computeDue(anchor.at, { amount: spec.amount, unit: spec.unit }, cal);
  return { spec, anchor, due, rule };
}

/**
 * How long after `start` the moment `due` is, in `unit`, counted the way the calendar counts
 * deadlines: working or calendar days after the start's day 0, ending at 17:00; hours of real time.
 * Null when `due` is not a moment such a count can land on (e.g. a day count not ending at 17:00).
 */
export function elapsedFromStart(start: Date, due: Date, unit: Unit, cal: WorkingCalendar): Amount | null {
  if (due.getTime() < start.getTime()) return null;
  switch (unit) {
    case 'immediately':
      return null;
    case 'hours':
      return { amount: (due.getTime() - start.getTime()) / 3_600_000, unit };
    case 'calendar_days': {
      const dueDay = londonDay(due);
      if (endOfWorkingDay(dueDay).getTime() !== due.getTime()) return null;
      return { amount: dayNumber(dueDay) - dayNumber(countCalendarDays(start, 0).startDay), unit };
    }
    case 'working_days': {
      const dueDay = londonDay(due);
      if (endOfWorkingDay(dueDay).getTime() !== due.getTime()) return null;
      let count = 0;
      for (let day = countWorkingDays(start, 0, cal).startDay; day < dueDay; ) {
        day = addDays(day, 1);
        if (cal.nonWorkingReason(day) === null) count++;
      }
      return { amount: count, unit };
    }
  }
}
