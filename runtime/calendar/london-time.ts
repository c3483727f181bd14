// Converting between instants (Date) and London wall-clock time, using only the built-in
// Intl time-zone data. Every deadline rule is stated in London time ("17:00 on the due day"),
// whatever time zone the server or the reader's browser is in.
//
// Why not a date library: the browser island must stay small, and Intl already carries the
// official tz rules (GMT in winter, BST from the last Sunday in March to the last Sunday in
// October). Two small functions are all that is needed: instant -> London parts, and London
// wall time -> instant.

import { CalendarError } from './errors.ts';
import type { IsoDate } from './types.ts';
import { dayNumber, formatDay } from './civil-date.ts';

export const LONDON = 'Europe/London';

/** A London wall-clock reading of one instant. */
export interface LondonParts {
  readonly date: IsoDate;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** Minutes ahead of UTC: 0 in GMT, 60 in BST. */
  readonly offsetMinutes: number;
}

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

// One formatter, built once at load (constructing Intl.DateTimeFormat is the slow part); a formatter
// is immutable, so sharing it is not shared state.
const LONDON_FORMATTER = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  // h23, not hour12:false: some engines print midnight as "24" with hour12:false.
  hourCycle: 'h23',
  year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit',
});
function londonFormatter(): Intl.DateTimeFormat {
  return LONDON_FORMATTER;
}

/** Throws CalendarError('invalid_date') for an Invalid Date or a non-Date. */
export function assertInstant(value: unknown, what = 'time'): asserts value is Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new CalendarError('invalid_date', `${what} is not a valid date and time`, String(value));
  }
}

export function londonParts(instant: Date): LondonParts {
  assertInstant(instant);
  const fields: Record<string, number> = {};
  for (const part of londonFormatter().formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const year = fields.year ?? 0;
  const month = fields.month ?? 1;
  const day = fields.day ?? 1;
  const hour = fields.hour ?? 0;
  const minute = fields.minute ?? 0;
  const second = fields.second ?? 0;
  // The wall reading taken as if it were UTC, minus the real instant, is London's offset.
  // Milliseconds are dropped by the formatter, so compare whole seconds.
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const offsetMinutes = Math.round((wallAsUtc - Math.floor(instant.getTime() / 1000) * 1000) / MS_PER_MINUTE);
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { date, hour, minute, second, offsetMinutes };
}

/** The London calendar day an instant falls on. */
export function londonDay(instant: Date): IsoDate {
  return londonParts(instant).date;
}

function offsetAt(ms: number): number {
  return londonParts(new Date(ms)).offsetMinutes * MS_PER_MINUTE;
}

/**
 * The instant at which London clocks show `hour:minute` on `date`.
 *
 * Clock changes happen at 01:00 UTC, so the times this module uses (00:00, 17:00) always
 * exist exactly once. For completeness: a time skipped when clocks go forward (01:30 on the
 * last Sunday in March) is moved forward by the gap (to 02:30 BST), and a time that happens
 * twice when clocks go back (01:30 on the last Sunday in October) gives the first one (BST).
 */
export function londonWallClock(date: IsoDate, hour: number, minute = 0): Date {
  const wallAsUtc = dayNumber(date) * MS_PER_DAY + (hour * 60 + minute) * MS_PER_MINUTE;
  // London's offset a day either side of the wall time covers both sides of any clock change.
  const before = offsetAt(wallAsUtc - MS_PER_DAY);
  const after = offsetAt(wallAsUtc + MS_PER_DAY);
  const candidates = [wallAsUtc - before, wallAsUtc - after].sort((a, b) => a - b);
  for (const ms of candidates) {
    const parts = londonParts(new Date(ms));
    if (parts.date === date && parts.hour === hour && parts.minute === minute) return new Date(ms);
  }
  // The wall time does not exist (spring-forward gap): read it with the pre-change offset.
  return new Date(wallAsUtc - before);
}

/** "17:00", "09:05": London time of day. */
export function formatLondonTime(instant: Date): string {
  const { hour, minute } = londonParts(instant);
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** "17:00 on Tuesday 20 October 2026", adding "(BST)" or "(GMT)" only when asked. */
export function formatLondonInstant(instant: Date, withZone = false): string {
  const parts = londonParts(instant);
  const zone = withZone ? ` ${parts.offsetMinutes === 0 ? 'GMT' : 'BST'}` : '';
  return `${formatLondonTime(instant)}${zone} on ${formatDay(parts.date)}`;
}
