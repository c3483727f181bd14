// Deadline arithmetic: working days, calendar days and clock hours, all in London time.
// The rules are written out for people in docs/calendar.md; this file is their single
// implementation, and computeDue (due.ts) only adds the explanation.
//
// The shape of every day-counted rule:
//   1. Find day 0: the London day of the event, moved on to the next (working) day when the
//      event is after 17:00 or (for working days) on a day that is not a working day.
//   2. Count N (working) days after day 0.
//   3. The deadline is 17:00 London time on that day.
// Hours are different on purpose: they are real elapsed time and never pause.

import { addDays, assertIsoDate } from './civil-date.ts';
import { CalendarError } from './errors.ts';
import { assertInstant, londonDay, londonWallClock } from './london-time.ts';
import type { IsoDate } from './types.ts';
import type { NonWorkingReason, WorkingCalendar } from './working-calendar.ts';

/** The end of the working day, London time. Every day-counted deadline falls at this time. */
export const END_OF_WORKING_DAY = { hour: 17, minute: 0 } as const;

/** A day can be given as `YYYY-MM-DD` or as an instant (meaning its London day). */
export type DayInput = IsoDate | Date;

// Guards against a typo such as 100000 days producing a date JavaScript cannot represent.
const MAX_DAYS = 36_600;
const MAX_HOURS = MAX_DAYS * 24;
const MS_PER_HOUR = 3_600_000;

function toDay(input: DayInput, what: string): IsoDate {
  if (input instanceof Date) {
    assertInstant(input, what);
    return londonDay(input);
  }
  assertIsoDate(input, what);
  return input;
}

function assertDayCount(n: number, unit: string): void {
  if (!Number.isInteger(n) || n < 0 || n > MAX_DAYS) {
    throw new CalendarError('invalid_duration', `${unit} must be a whole number from 0 to ${MAX_DAYS}, not ${n}`, String(n));
  }
}

/** 17:00 London time on `day`: the moment a deadline on that day falls due. */
export function endOfWorkingDay(day: DayInput): Date {
  return londonWallClock(toDay(day, 'day'), END_OF_WORKING_DAY.hour, END_OF_WORKING_DAY.minute);
}

export function isWorkingDay(date: DayInput, cal: WorkingCalendar): boolean {
  return cal.nonWorkingReason(toDay(date, 'date')) === null;
}

/** The first working day strictly after `date`'s day. */
export function nextWorkingDay(date: DayInput, cal: WorkingCalendar): IsoDate {
  let day = addDays(toDay(date, 'date'), 1);
  while (cal.nonWorkingReason(day) !== null) day = addDays(day, 1);
  return day;
}

/** `date`'s day if it is a working day, otherwise the next working day. */
export function workingDayOnOrAfter(date: DayInput, cal: WorkingCalendar): IsoDate {
  const day = toDay(date, 'date');
  return cal.nonWorkingReason(day) === null ? day : nextWorkingDay(day, cal);
}

/** Whether an instant is after the end of its London working day (17:00:00 exactly is not). */
export function isAfterHours(instant: Date): boolean {
  return instant.getTime() > endOfWorkingDay(instant).getTime();
}

/** Every step of a working-day count, so explanations can say what was skipped and why. */
export interface WorkingDayCount {
  /** The London day of the event. */
  readonly eventDay: IsoDate;
  /** Day 0 of the count. */
  readonly startDay: IsoDate;
  /** Why day 0 is not the event's day: after 17:00, or the event day was not a working day. */
  readonly startMoved: null | { readonly afterHours: true } | { readonly afterHours: false; readonly reason: NonWorkingReason };
  /** The Nth working day after day 0: the deadline's day. */
  readonly dueDay: IsoDate;
  /** Bank holidays and closure days on weekdays after the event's day up to the due day. */
  readonly skipped: readonly { readonly date: IsoDate; readonly reason: NonWorkingReason }[];
}

export function countWorkingDays(anchor: Date, n: number, cal: WorkingCalendar): WorkingDayCount {
  assertInstant(anchor, 'start');
  assertDayCount(n, 'working days');
  const eventDay = londonDay(anchor);
  const afterHours = isAfterHours(anchor);
  const eventReason = cal.nonWorkingReason(eventDay);
  const startDay = workingDayOnOrAfter(afterHours ? addDays(eventDay, 1) : eventDay, cal);
  const startMoved = afterHours
    ? ({ afterHours: true } as const)
    : eventReason !== null
      ? ({ afterHours: false, reason: eventReason } as const)
      : null;

  const skipped: { date: IsoDate; reason: NonWorkingReason }[] = [];
  const noteSkipped = (day: IsoDate, reason: NonWorkingReason | null): void => {
    if (reason !== null && reason.kind !== 'weekend') skipped.push({ date: day, reason });
  };
  // Days passed over between the event's day and day 0 (e.g. Boxing Day after a Christmas Day event).
  for (let day = addDays(eventDay, 1); day < startDay; day = addDays(day, 1)) noteSkipped(day, cal.nonWorkingReason(day));

  let dueDay = startDay;
  for (let counted = 0; counted < n; ) {
    dueDay = addDays(dueDay, 1);
    const reason = cal.nonWorkingReason(dueDay);
    if (reason === null) counted++;
    else noteSkipped(dueDay, reason);
  }
  return { eventDay, startDay, startMoved, dueDay, skipped };
}

/**
 * The deadline "within `n` working days" of `start`: 17:00 London time on the nth working day
 * after day 0 (see the file header). `n` = 0 means by 17:00 on day 0 itself.
 */
export function addWorkingDays(start: Date, n: number, cal: WorkingCalendar): Date {
  return endOfWorkingDay(countWorkingDays(start, n, cal).dueDay);
}

/** Calendar-day counting: day 0 is the event's London day, or the next day if after 17:00. */
export function countCalendarDays(anchor: Date, n: number): { readonly startDay: IsoDate; readonly afterHours: boolean; readonly dueDay: IsoDate } {
  assertInstant(anchor, 'start');
  assertDayCount(n, 'calendar days');
  const afterHours = isAfterHours(anchor);
  const startDay = addDays(londonDay(anchor), afterHours ? 1 : 0);
  return { startDay, afterHours, dueDay: addDays(startDay, n) };
}

/**
 * The deadline "within `n` calendar days" of `start`: 17:00 London time `n` days after day 0.
 * Weekends and bank holidays count like any other day, so no calendar is needed.
 */
export function addCalendarDays(start: Date, n: number): Date {
  return endOfWorkingDay(countCalendarDays(start, n).dueDay);
}

/**
 * `hours` of real elapsed time after `start`. Nothing pauses: not nights, weekends, bank
 * holidays or clock changes (12 hours across the spring change is 12 real hours, which the
 * wall clock shows as 13). Fractions are allowed (0.5 = 30 minutes).
 */
export function addHours(start: Date, hours: number): Date {
  assertInstant(start, 'start');
  if (!Number.isFinite(hours) || hours < 0 || hours > MAX_HOURS) {
    throw new CalendarError('invalid_duration', `hours must be a number from 0 to ${MAX_HOURS}, not ${hours}`, String(hours));
  }
  return new Date(start.getTime() + Math.round(hours * MS_PER_HOUR));
}
