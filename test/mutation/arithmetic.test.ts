// Tests that would notice wrong deadline arithmetic (runtime/calendar/arithmetic.ts): the limits on
// what can be counted, the days next to bank holidays, and what a count says it skipped. Dates are
// from GOV.UK's 2026 list for England (Spring bank holiday Monday 25 May; Christmas Day Friday 25
// December; Boxing Day substitute Monday 28 December) and worked out by hand, as the comments say.
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addHours,
  countCalendarDays,
  countWorkingDays,
  END_OF_WORKING_DAY,
  endOfWorkingDay,
  isWorkingDay,
  nextWorkingDay,
  workingDayOnOrAfter,
} from '../../runtime/calendar/arithmetic.ts';
import { createWorkingCalendar } from '../../runtime/calendar/working-calendar.ts';
import { calendarError } from './calendar-error.ts';

const england = () => createWorkingCalendar({ nation: 'england' });
const at = (iso: string) => new Date(iso);

describe('what can be counted', () => {
  it('allows 0 to 36,600 calendar days and refuses more, fewer or a fraction, naming the unit', () => {
    const start = at('2026-01-14T10:00:00Z');
    expect(countCalendarDays(start, 0).dueDay).toBe('2026-01-14');
    // 36,600 days after 14 January 2026: 100 years of 365 days plus 24 leap days (2028 … 2124,
    // without 2100) is 36,524, and 76 more days from 14 January 2126 (17 + 28 + 31) is 31 March 2126.
    expect(countCalendarDays(start, 36_600).dueDay).toBe('2126-03-31');
    const over = calendarError(() => countCalendarDays(start, 36_601));
    expect(over.code).toBe('invalid_duration');
    expect(over.value).toBe('36601');
    expect(over.message).toBe('calendar days must be a whole number from 0 to 36600, not 36601');
    expect(calendarError(() => countCalendarDays(start, -1)).message).toBe('calendar days must be a whole number from 0 to 36600, not -1');
    expect(calendarError(() => countCalendarDays(start, 1.5)).code).toBe('invalid_duration');
    expect(calendarError(() => countWorkingDays(start, -1, england())).message).toBe('working days must be a whole number from 0 to 36600, not -1');
  });

  it('allows 0 to 878,400 hours (36,600 days), fractions included, and refuses the rest', () => {
    const start = at('2026-01-14T10:00:00Z');
    expect(addHours(start, 0).toISOString()).toBe('2026-01-14T10:00:00.000Z');
    expect(addHours(start, 0.5).toISOString()).toBe('2026-01-14T10:30:00.000Z');
    expect(addHours(start, 878_400).getTime() - start.getTime()).toBe(878_400 * 3_600_000);
    const over = calendarError(() => addHours(start, 878_400.5));
    expect(over.code).toBe('invalid_duration');
    expect(over.message).toBe('hours must be a number from 0 to 878400, not 878400.5');
    expect(over.value).toBe('878400.5');
    expect(calendarError(() => addHours(start, -0.5)).code).toBe('invalid_duration');
    expect(calendarError(() => addHours(start, Number.NaN)).code).toBe('invalid_duration');
    expect(calendarError(() => addHours(start, Number.POSITIVE_INFINITY)).code).toBe('invalid_duration');
    expect(calendarError(() => addHours(new Date('nonsense'), 1)).message).toBe('start is not a valid date and time');
  });

  it('names a bad day or a bad moment', () => {
    expect(calendarError(() => endOfWorkingDay('2026-02-30')).message).toBe('day "2026-02-30" is not a real date in the form YYYY-MM-DD');
    expect(calendarError(() => isWorkingDay('2026-02-30', england())).message).toBe('date "2026-02-30" is not a real date in the form YYYY-MM-DD');
    expect(calendarError(() => nextWorkingDay('2026-02-30', england())).message).toBe('date "2026-02-30" is not a real date in the form YYYY-MM-DD');
    expect(calendarError(() => workingDayOnOrAfter('2026-02-30', england())).message).toBe('date "2026-02-30" is not a real date in the form YYYY-MM-DD');
    expect(calendarError(() => endOfWorkingDay(new Date('nonsense'))).message).toBe('day is not a valid date and time');
    expect(calendarError(() => countWorkingDays(new Date('nonsense'), 1, england())).message).toBe('start is not a valid date and time');
    expect(calendarError(() => countCalendarDays(new Date('nonsense'), 1)).message).toBe('start is not a valid date and time');
  });
});

describe('the end of the working day', () => {
  it('is 17:00 London time, for a day given as text or as a moment on it', () => {
    expect(END_OF_WORKING_DAY).toEqual({ hour: 17, minute: 0 });
    expect(endOfWorkingDay('2026-01-14').toISOString()).toBe('2026-01-14T17:00:00.000Z');
    // 23:30 UTC on 30 June is 00:30 BST on 1 July: its day is 1 July, whose 17:00 BST is 16:00 UTC.
    expect(endOfWorkingDay(at('2026-06-30T23:30:00Z')).toISOString()).toBe('2026-07-01T16:00:00.000Z');
  });
});

describe('working days next to bank holidays', () => {
  it('finds the next working day after a day, and the day itself when it is one', () => {
    expect(nextWorkingDay('2026-12-24', england())).toBe('2026-12-29');
    expect(nextWorkingDay('2026-05-22', england())).toBe('2026-05-26');
    expect(nextWorkingDay('2026-01-14', england())).toBe('2026-01-15');
    expect(workingDayOnOrAfter('2026-12-25', england())).toBe('2026-12-29');
    expect(workingDayOnOrAfter('2026-01-14', england())).toBe('2026-01-14');
    expect(isWorkingDay(at('2026-12-28T12:00:00Z'), england())).toBe(false);
    expect(isWorkingDay('2026-12-29', england())).toBe(true);
  });

  it('says an event after 17:00 before a bank holiday weekend moved, and what it passed over', () => {
    // Friday 22 May 2026 18:00 BST (17:00 UTC): after hours, so day 0 is the next working day after
    // Saturday, Sunday and the Spring bank holiday: Tuesday 26 May. 1 working day is Wednesday 27.
    const count = countWorkingDays(at('2026-05-22T17:00:00Z'), 1, england());
    expect(count).toEqual({
      eventDay: '2026-05-22',
      startDay: '2026-05-26',
      startMoved: { afterHours: true },
      dueDay: '2026-05-27',
      skipped: [{ date: '2026-05-25', reason: { kind: 'bank_holiday', name: 'Spring bank holiday' } }],
    });
  });

  it('says an event at a weekend moved because of the weekend, and lists no weekend day', () => {
    // Saturday 17 January 2026: day 0 is Monday 19; 2 working days is Wednesday 21.
    expect(countWorkingDays(at('2026-01-17T10:00:00Z'), 2, england())).toEqual({
      eventDay: '2026-01-17',
      startDay: '2026-01-19',
      startMoved: { afterHours: false, reason: { kind: 'weekend' } },
      dueDay: '2026-01-21',
      skipped: [],
    });
  });

  it('does not move an event at 17:00 on a working day', () => {
    expect(countWorkingDays(at('2026-01-14T17:00:00Z'), 0, england())).toEqual({
      eventDay: '2026-01-14', startDay: '2026-01-14', startMoved: null, dueDay: '2026-01-14', skipped: [],
    });
  });

  it('counts calendar days through holidays and says when it moved past 17:00', () => {
    // Thursday 24 December 2026 18:00: day 0 is Friday 25; 3 calendar days is Monday 28, 17:00.
    expect(countCalendarDays(at('2026-12-24T18:00:00Z'), 3)).toEqual({ startDay: '2026-12-25', afterHours: true, dueDay: '2026-12-28' });
    expect(addCalendarDays(at('2026-12-24T18:00:00Z'), 3).toISOString()).toBe('2026-12-28T17:00:00.000Z');
    expect(countCalendarDays(at('2026-12-24T10:00:00Z'), 3)).toEqual({ startDay: '2026-12-24', afterHours: false, dueDay: '2026-12-27' });
  });
});
