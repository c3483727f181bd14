// Tests that would notice a wrong day: the calendar-day layer every deadline is counted on
// (runtime/calendar/civil-date.ts). Each expected value is worked out by hand, as the comments say,
// not copied from the code's output; each pins something a mutant of that file changed unnoticed.
import { describe, expect, it } from 'vitest';
import { addDays, assertIsoDate, dayNumber, formatDay, fromDayNumber, isIsoDate, isWeekend, weekday, yearOf } from '../../runtime/calendar/civil-date.ts';
import { CalendarError } from '../../runtime/calendar/errors.ts';
import { calendarError as thrown } from './calendar-error.ts';

describe('which strings are real days', () => {
  it('accepts real days, including the last of a month and 29 February in a leap year', () => {
    for (const day of ['2026-01-01', '2026-01-31', '2026-04-30', '2026-12-31', '2024-02-29', '2000-02-29']) {
      expect(isIsoDate(day), day).toBe(true);
    }
  });

  it('rejects impossible days, where Date.UTC would roll over to another day', () => {
    // 30 February, 31 April, 29 February in a common year (2026, 1900), month 13 and month 0, day 0.
    for (const day of ['2026-02-30', '2026-04-31', '2026-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32']) {
      expect(isIsoDate(day), day).toBe(false);
    }
  });

  it('rejects anything but exactly YYYY-MM-DD, with nothing before or after', () => {
    for (const text of ['x2026-01-01', '2026-01-01x', ' 2026-01-01', '2026-01-01 ', '2026-1-01', '2026-01-1', '26-01-01', '20260-01-01', '2026/01/01', 'abcd-ef-gh', '']) {
      expect(isIsoDate(text), JSON.stringify(text)).toBe(false);
    }
    expect(isIsoDate(20260101)).toBe(false);
    // A one-element list reads as its element when turned into text: it is still not a string.
    expect(isIsoDate(['2026-01-01'])).toBe(false);
    expect(isIsoDate(new Date('2026-01-01'))).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });

  it('refuses years 0 to 99, which Date.UTC would read as 1900 to 1999', () => {
    expect(isIsoDate('0050-01-01')).toBe(false);
    expect(isIsoDate('0099-12-31')).toBe(false);
    expect(isIsoDate('0100-01-01')).toBe(true);
  });

  it('names the value and what it was for when it refuses one', () => {
    const error = thrown(() => assertIsoDate('2026-02-30', 'closure day'));
    expect(error.code).toBe('invalid_date');
    expect(error.value).toBe('2026-02-30');
    expect(error.message).toBe('closure day "2026-02-30" is not a real date in the form YYYY-MM-DD');
    expect(thrown(() => assertIsoDate(7)).message).toBe('date "7" is not a real date in the form YYYY-MM-DD');
    expect(() => assertIsoDate('2026-02-28')).not.toThrow();
  });
});

describe('day numbers', () => {
  it('counts days from 1 January 1970', () => {
    // 2026-01-01: 56 years of 365 days plus 14 leap days (1972 … 2024) = 20,454.
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1970-02-01')).toBe(31);
    expect(dayNumber('2026-01-01')).toBe(20_454);
    expect(fromDayNumber(20_454)).toBe('2026-01-01');
    expect(fromDayNumber(0)).toBe('1970-01-01');
  });

  it('refuses text that is not in the form YYYY-MM-DD', () => {
    const error = thrown(() => dayNumber('1 January 2026'));
    expect(error.code).toBe('invalid_date');
    expect(error.value).toBe('1 January 2026');
    expect(error.message).toBe('"1 January 2026" is not a date in the form YYYY-MM-DD');
    expect(() => dayNumber('x2026-01-01')).toThrow(CalendarError);
    expect(() => dayNumber('2026-01-01x')).toThrow(CalendarError);
  });

  it('adds days across month, year and leap-day boundaries, and backwards', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
  });
});

describe('weekdays and weekends', () => {
  it('knows the day of the week', () => {
    // 1 January 2026 was a Thursday; 3 and 4 January a Saturday and a Sunday.
    expect(weekday('2026-01-01')).toBe(4);
    expect(weekday('2026-01-03')).toBe(6);
    expect(weekday('2026-01-04')).toBe(0);
    expect(weekday('2026-01-05')).toBe(1);
  });

  it('treats Saturday and Sunday, and only those, as the weekend', () => {
    expect(isWeekend('2026-01-02')).toBe(false); // Friday
    expect(isWeekend('2026-01-03')).toBe(true); // Saturday
    expect(isWeekend('2026-01-04')).toBe(true); // Sunday
    expect(isWeekend('2026-01-05')).toBe(false); // Monday
  });

  it('reads the year', () => {
    expect(yearOf('2031-06-15')).toBe(2031);
  });
});

describe('days written for people', () => {
  it('writes the weekday, the day without a leading zero, the month and the year', () => {
    expect(formatDay('2026-10-20')).toBe('Tuesday 20 October 2026');
    expect(formatDay('2026-01-05')).toBe('Monday 5 January 2026');
    expect(formatDay('2026-12-31')).toBe('Thursday 31 December 2026');
    expect(formatDay('2026-02-01')).toBe('Sunday 1 February 2026');
  });

  it('names every month', () => {
    // The 15th of each month of 2026, whose weekdays are worked out from Thursday 15 January.
    expect(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => formatDay(`2026-${m}-15`))).toEqual([
      'Thursday 15 January 2026', 'Sunday 15 February 2026', 'Sunday 15 March 2026', 'Wednesday 15 April 2026',
      'Friday 15 May 2026', 'Monday 15 June 2026', 'Wednesday 15 July 2026', 'Saturday 15 August 2026',
      'Tuesday 15 September 2026', 'Thursday 15 October 2026', 'Sunday 15 November 2026', 'Tuesday 15 December 2026',
    ]);
  });

  it('shows "?" for a month it has no name for rather than a wrong one', () => {
    // "2026-13-01" is not a real day; Date.UTC reads it as 1 January 2027, a Friday.
    expect(formatDay('2026-13-01')).toBe('Friday 1 ? 2026');
  });
});
