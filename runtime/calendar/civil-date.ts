// Arithmetic on calendar days (`YYYY-MM-DD`) with no time zone involved.
//
// Why a separate layer: "which day is it in London?" (london-time.ts) and "what day is three
// days after this one?" (here) are different questions. Keeping days as plain strings and
// doing the arithmetic on a day count means a day can never drift by an hour across a clock
// change, because no clock is involved.

import { CalendarError } from './errors.ts';
import type { IsoDate } from './types.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** True for a string that names a real day, e.g. rejects "2026-02-30". */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Round-trip through Date.UTC: an impossible day (31 April) comes back as another day.
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** Throws CalendarError('invalid_date') unless `value` is a real `YYYY-MM-DD` day. */
export function assertIsoDate(value: unknown, what = 'date'): asserts value is IsoDate {
  if (!isIsoDate(value)) {
    throw new CalendarError('invalid_date', `${what} "${String(value)}" is not a real date in the form YYYY-MM-DD`, String(value));
  }
}

/** Days since 1970-01-01. Only for already-validated dates. */
export function dayNumber(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new CalendarError('invalid_date', `"${date}" is not a date in the form YYYY-MM-DD`, date);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY;
}

export function fromDayNumber(days: number): IsoDate {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday, as Date#getDay. */
export function weekday(date: IsoDate): number {
  return new Date(dayNumber(date) * MS_PER_DAY).getUTCDay();
}

export function isWeekend(date: IsoDate): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/**
 * "Tuesday 20 October 2026". Written by hand rather than with Intl so the wording is the
 * same in every browser and Node version (explanations end up in snapshots and printables).
 */
export function formatDay(date: IsoDate): string {
  const month = MONTHS[Number(date.slice(5, 7)) - 1] ?? '?';
  return `${WEEKDAYS[weekday(date)]} ${Number(date.slice(8, 10))} ${month} ${date.slice(0, 4)}`;
}
