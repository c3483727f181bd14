// computeDue: the one entry point the state machine and the site use to turn "within 2 working
// days" into a moment, together with a one- or two-sentence explanation a practitioner can
// check by hand. The arithmetic itself lives in arithmetic.ts.

import { addCalendarDays, addHours, addWorkingDays, countCalendarDays, countWorkingDays } from './arithmetic.ts';
import { formatDay } from './civil-date.ts';
import { CalendarError } from './errors.ts';
import { assertInstant, formatLondonInstant, londonParts } from './london-time.ts';
import type { Due, Duration } from './types.ts';
import type { WorkingCalendar } from './working-calendar.ts';
import { describeReason } from './working-calendar.ts';

const UNITS = ['working_days', 'calendar_days', 'hours', 'immediately'] as const;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function amountOf(duration: Duration): number {
  if (typeof duration.amount !== 'number') {
    throw new CalendarError('invalid_duration', `a deadline in ${duration.unit.replace('_', ' ')} needs an amount`, String(duration.amount));
  }
  return duration.amount;
}

/**
 * When something is due, counted from `anchor` (the moment the event happened).
 *
 * - working_days: 17:00 on the Nth working day after day 0 (see docs/calendar.md).
 * - calendar_days: 17:00 N days after day 0; weekends and holidays count.
 * - hours: anchor + N real hours; nothing pauses.
 * - immediately: the anchor itself. Due at once, never softened to "end of day".
 *
 * Throws CalendarError: 'invalid_date' (bad anchor), 'invalid_duration', or 'out_of_range'
 * (working days only, when the count leaves SUPPORTED_YEARS).
 */
export function computeDue(anchor: Date, duration: Duration, cal: WorkingCalendar): Due {
  assertInstant(anchor, 'anchor');
  if (!(UNITS as readonly string[]).includes(duration.unit)) {
    throw new CalendarError('invalid_duration', `unknown deadline unit "${String(duration.unit)}"`, String(duration.unit));
  }

  switch (duration.unit) {
    case 'immediately':
      return { due: new Date(anchor.getTime()), rule: 'Immediately: due at once, from the moment of the event.' };

    case 'hours': {
      const hours = amountOf(duration);
      const due = addHours(anchor, hours);
      const from = londonParts(anchor).offsetMinutes;
      const to = londonParts(due).offsetMinutes;
      const clockNote = from === to
        ? ''
        : ` The clocks ${to > from ? 'went forward' : 'went back'} in between; the ${plural(hours, 'hour is', 'hours are')} real elapsed time.`;
      return {
        due,
        rule: `${plural(hours, 'hour', 'hours')} by the clock, nights, weekends and bank holidays included: due ${formatLondonInstant(due)}.${clockNote}`,
      };
    }

    case 'calendar_days': {
      const n = amountOf(duration);
      const count = countCalendarDays(anchor, n);
      const due = addCalendarDays(anchor, n);
      const moved = count.afterHours ? `The event was after 17:00, so counting starts from ${formatDay(count.startDay)}. ` : '';
      const what = n === 0
        ? `By the end of the day (17:00)`
        : `${plural(n, 'calendar day', 'calendar days')}, weekends and bank holidays included, counting from ${formatDay(count.startDay)}`;
      return { due, rule: `${moved}${what}: due ${formatLondonInstant(due)}.` };
    }

    case 'working_days': {
      const n = amountOf(duration);
      const count = countWorkingDays(anchor, n, cal);
      const due = addWorkingDays(anchor, n, cal);
      const parts: string[] = [];
      if (count.startMoved?.afterHours) {
        parts.push(`The event was after 17:00, so counting starts from the next working day, ${formatDay(count.startDay)}.`);
      } else if (count.startMoved) {
        parts.push(`The event was on ${formatDay(count.eventDay)}, ${describeReason(count.startMoved.reason)}, so counting starts from the next working day, ${formatDay(count.startDay)}.`);
      }
      const what = n === 0
        ? `By the end of the working day in ${cal.describe()}`
        : `${plural(n, 'working day', 'working days')} in ${cal.describe()}, counting from ${formatDay(count.startDay)}`;
      parts.push(`${what}: due ${formatLondonInstant(due)}.`);
      if (count.skipped.length > 0) {
        // Weekends are never listed (everyone expects them); only the days people might not.
        const list = count.skipped.map((s) => `${s.reason.kind === 'weekend' ? 'weekend' : s.reason.name}, ${formatDay(s.date)}`);
        parts.push(`Not counted: ${list.join('; ')}.`);
      }
      return { due, rule: parts.join(' ') };
    }
  }
}
