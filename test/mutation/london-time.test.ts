// Tests that would notice a wrong London time (runtime/calendar/london-time.ts): reading an instant
// on London's wall clock and back. Expected values are worked out by hand from the UK rules (GMT in
// winter; BST, one hour ahead, from 01:00 UTC on the last Sunday in March to 01:00 UTC on the last
// Sunday in October), as the comments say.
import { describe, expect, it } from 'vitest';
import { CalendarError } from '../../runtime/calendar/errors.ts';
import { calendarError } from './calendar-error.ts';
import { assertInstant, formatLondonInstant, formatLondonTime, londonDay, londonParts, londonWallClock } from '../../runtime/calendar/london-time.ts';

describe('reading an instant in London', () => {
  it('gives every part of the wall-clock reading, and the offset', () => {
    // 1 July 2026 08:04:09 UTC is 09:04:09 BST.
    expect(londonParts(new Date('2026-07-01T08:04:09Z'))).toEqual({ date: '2026-07-01', hour: 9, minute: 4, second: 9, offsetMinutes: 60 });
    // 15 January 2026 23:59:59 UTC is the same in GMT.
    expect(londonParts(new Date('2026-01-15T23:59:59Z'))).toEqual({ date: '2026-01-15', hour: 23, minute: 59, second: 59, offsetMinutes: 0 });
  });

  it('ignores milliseconds when working out the offset', () => {
    // The formatter drops milliseconds; without dropping them from the instant too, 999 ms would
    // round the offset to -1 minute in winter and 59 in summer.
    expect(londonParts(new Date('2026-01-15T12:00:00.999Z')).offsetMinutes).toBe(0);
    expect(londonParts(new Date('2026-07-15T12:00:00.999Z')).offsetMinutes).toBe(60);
    expect(londonParts(new Date('2026-07-15T12:00:00.500Z')).offsetMinutes).toBe(60);
  });

  it('writes the day with four-digit years and two-digit months and days', () => {
    // Year 999: London kept local mean time then (UTC-0:01:15), so noon UTC is still 1 June.
    expect(londonDay(new Date('0999-06-01T12:00:00Z'))).toBe('0999-06-01');
    expect(londonDay(new Date('2026-03-05T12:00:00Z'))).toBe('2026-03-05');
  });

  it('refuses what is not a valid instant, naming what it was for', () => {
    expect(() => londonParts(new Date('nonsense'))).toThrow(CalendarError);
    expect(() => assertInstant('2026-01-01T10:00:00Z', 'anchor')).toThrow('anchor is not a valid date and time');
    expect(() => assertInstant(new Date(Number.NaN))).toThrow('time is not a valid date and time');
    const error = calendarError(() => assertInstant(undefined, 'start'));
    expect(error.code).toBe('invalid_date');
    expect(error.value).toBe('undefined');
    expect(() => assertInstant(new Date(0))).not.toThrow();
  });
});

describe('London wall-clock times', () => {
  it('finds the instant of a wall time in winter, summer and around both changes', () => {
    expect(londonWallClock('2026-01-15', 9, 5).toISOString()).toBe('2026-01-15T09:05:00.000Z');
    expect(londonWallClock('2026-07-15', 0).toISOString()).toBe('2026-07-14T23:00:00.000Z');
    // The day before and after each change: 28 March (GMT), 30 March (BST), 24 October (BST), 26 October (GMT).
    expect(londonWallClock('2026-03-28', 23, 30).toISOString()).toBe('2026-03-28T23:30:00.000Z');
    expect(londonWallClock('2026-03-30', 0, 30).toISOString()).toBe('2026-03-29T23:30:00.000Z');
    expect(londonWallClock('2026-10-24', 23, 30).toISOString()).toBe('2026-10-24T22:30:00.000Z');
    expect(londonWallClock('2026-10-26', 0, 30).toISOString()).toBe('2026-10-26T00:30:00.000Z');
  });

  it('reads a time after the autumn change on the change day in GMT', () => {
    // 25 October 2026: after 01:00 UTC London is on GMT, so 17:00 is 17:00 UTC.
    expect(londonWallClock('2026-10-25', 17).toISOString()).toBe('2026-10-25T17:00:00.000Z');
    // …and before it in BST: 00:15 is 23:15 UTC the day before.
    expect(londonWallClock('2026-10-25', 0, 15).toISOString()).toBe('2026-10-24T23:15:00.000Z');
  });

  it('reads a time after the spring change on the change day in BST', () => {
    // 29 March 2026: from 01:00 UTC London is on BST, so 17:00 is 16:00 UTC.
    expect(londonWallClock('2026-03-29', 17).toISOString()).toBe('2026-03-29T16:00:00.000Z');
    expect(londonWallClock('2026-03-29', 2, 0).toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });
});

describe('London times written for people', () => {
  it('pads hours and minutes to two digits', () => {
    expect(formatLondonTime(new Date('2026-01-15T09:05:00Z'))).toBe('09:05');
    expect(formatLondonTime(new Date('2026-01-15T00:00:00Z'))).toBe('00:00');
    expect(formatLondonTime(new Date('2026-07-15T16:30:00Z'))).toBe('17:30');
  });

  it('adds GMT or BST only when asked', () => {
    expect(formatLondonInstant(new Date('2026-10-20T16:00:00Z'))).toBe('17:00 on Tuesday 20 October 2026');
    expect(formatLondonInstant(new Date('2026-10-20T16:00:00Z'), true)).toBe('17:00 BST on Tuesday 20 October 2026');
    expect(formatLondonInstant(new Date('2026-01-15T17:00:00Z'), true)).toBe('17:00 GMT on Thursday 15 January 2026');
  });
});
