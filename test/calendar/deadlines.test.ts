// The worked examples from docs/calendar.md, plus the edges of each rule. Times in comments
// are London time; the ISO strings are UTC (BST = UTC+1, GMT = UTC+0).

import { describe, expect, it } from 'vitest';
import {
  CalendarError,
  addCalendarDays,
  addHours,
  addWorkingDays,
  computeDue,
  createWorkingCalendar,
  isWorkingDay,
  nextWorkingDay,
  workingDayOnOrAfter,
} from '../../runtime/calendar/index.ts';
import type { CalendarErrorCode, Duration, Nation } from '../../runtime/calendar/index.ts';

const england = createWorkingCalendar({ nation: 'england' });
const wales = createWorkingCalendar({ nation: 'wales' });
const scotland = createWorkingCalendar({ nation: 'scotland' });
const northernIreland = createWorkingCalendar({ nation: 'northern-ireland' });
const at = (iso: string) => new Date(iso);
const wd = (amount: number): Duration => ({ amount, unit: 'working_days' });

function dueIso(anchor: string, duration: Duration, nation: Nation = 'england'): string {
  return computeDue(at(anchor), duration, createWorkingCalendar({ nation })).due.toISOString();
}

function errorCode(run: () => unknown): CalendarErrorCode | 'no error' {
  try {
    run();
    return 'no error';
  } catch (error) {
    if (error instanceof CalendarError) return error.code;
    throw error;
  }
}

describe('working days: worked examples', () => {
  it('Friday 16:30 + 2 working days = Tuesday 17:00', () => {
    const result = computeDue(at('2026-10-16T15:30:00Z'), wd(2), england);
    expect(result.due.toISOString()).toBe('2026-10-20T16:00:00.000Z');
    expect(result.rule).toBe('2 working days in England, counting from Friday 16 October 2026: due 17:00 on Tuesday 20 October 2026.');
  });

  it('Friday 16:30 + 2 working days with a bank holiday Monday = Wednesday 17:00', () => {
    // Spring bank holiday, Monday 25 May 2026.
    expect(dueIso('2026-05-22T15:30:00Z', wd(2))).toBe('2026-05-27T16:00:00.000Z');
    // Early May bank holiday, Monday 4 May 2026.
    expect(dueIso('2026-05-01T15:30:00Z', wd(2))).toBe('2026-05-06T16:00:00.000Z');
  });

  it('an event on a Saturday counts from Monday', () => {
    const result = computeDue(at('2026-10-17T09:00:00Z'), wd(2), england);
    expect(result.due.toISOString()).toBe('2026-10-21T16:00:00.000Z');
    expect(result.rule).toContain('The event was on Saturday 17 October 2026, a weekend, so counting starts from the next working day, Monday 19 October 2026.');
  });

  it('an event after 17:00 counts from the next working day; 17:00 exactly still counts that day', () => {
    expect(dueIso('2026-10-16T16:30:00Z', wd(2))).toBe('2026-10-21T16:00:00.000Z'); // Fri 17:30
    expect(dueIso('2026-10-16T16:00:00Z', wd(2))).toBe('2026-10-20T16:00:00.000Z'); // Fri 17:00:00
    expect(dueIso('2026-10-16T16:00:00.001Z', wd(2))).toBe('2026-10-21T16:00:00.000Z');
  });

  it('0 working days = 17:00 the same working day, or the next one', () => {
    expect(dueIso('2026-10-16T08:00:00Z', wd(0))).toBe('2026-10-16T16:00:00.000Z');
    expect(dueIso('2026-10-17T08:00:00Z', wd(0))).toBe('2026-10-19T16:00:00.000Z');
  });

  it('England across Christmas and New Year 2026/27', () => {
    // Thu 24 Dec 10:00 + 5: Fri 25, Mon 28 (Boxing Day substitute) and Fri 1 Jan are bank holidays.
    const result = computeDue(at('2026-12-24T10:00:00Z'), wd(5), england);
    expect(result.due.toISOString()).toBe('2027-01-05T17:00:00.000Z');
    expect(result.rule).toBe(
      '5 working days in England, counting from Thursday 24 December 2026: due 17:00 on Tuesday 5 January 2027. ' +
        'Not counted: Christmas Day, Friday 25 December 2026; Boxing Day (substitute day), Monday 28 December 2026; ' +
        'New Year’s Day, Friday 1 January 2027.',
    );
    expect(dueIso('2026-12-24T10:00:00Z', wd(5), 'wales')).toBe('2027-01-05T17:00:00.000Z');
  });

  it('local closure days between Christmas and New Year push the deadline on', () => {
    const cal = createWorkingCalendar({ nation: 'england', closureDays: ['2026-12-29', { date: '2026-12-30', name: 'Partnership closure' }, '2026-12-31'] });
    const result = computeDue(at('2026-12-24T10:00:00Z'), wd(5), cal);
    expect(result.due.toISOString()).toBe('2027-01-08T17:00:00.000Z');
    expect(result.rule).toContain('in England plus 3 local closure days');
    expect(result.rule).toContain('local closure day, Tuesday 29 December 2026; Partnership closure, Wednesday 30 December 2026');
  });

  it('Scotland: 2 January and St Andrew’s Day', () => {
    // Wed 31 Dec 2025 + 1: Thu 1 and Fri 2 Jan are both holidays in Scotland.
    expect(dueIso('2025-12-31T10:00:00Z', wd(1), 'scotland')).toBe('2026-01-05T17:00:00.000Z');
    expect(dueIso('2025-12-31T10:00:00Z', wd(1), 'england')).toBe('2026-01-02T17:00:00.000Z');
    // Fri 27 Nov 2026 + 1: St Andrew's Day is Monday 30 Nov.
    expect(dueIso('2026-11-27T12:00:00Z', wd(1), 'scotland')).toBe('2026-12-01T17:00:00.000Z');
    expect(dueIso('2026-11-27T12:00:00Z', wd(1), 'england')).toBe('2026-11-30T17:00:00.000Z');
    // 30 Nov 2025 was a Sunday, so Monday 1 Dec was the substitute day.
    expect(dueIso('2025-11-28T12:00:00Z', wd(1), 'scotland')).toBe('2025-12-02T17:00:00.000Z');
    // Scotland has no Easter Monday; England does (6 April 2026).
    expect(dueIso('2026-04-02T09:00:00Z', wd(1), 'scotland')).toBe('2026-04-06T16:00:00.000Z');
    expect(dueIso('2026-04-02T09:00:00Z', wd(1), 'england')).toBe('2026-04-07T16:00:00.000Z');
  });

  it('Scotland: first Monday in August, not last', () => {
    expect(isWorkingDay('2026-08-03', scotland)).toBe(false);
    expect(isWorkingDay('2026-08-03', england)).toBe(true);
    expect(isWorkingDay('2026-08-31', scotland)).toBe(true);
    expect(isWorkingDay('2026-08-31', england)).toBe(false);
  });

  it('Northern Ireland: 12 July and its substitute', () => {
    // Fri 9 Jul 2027 11:00 + 1: Monday 12 July is the Battle of the Boyne.
    expect(dueIso('2027-07-09T10:00:00Z', wd(1), 'northern-ireland')).toBe('2027-07-13T16:00:00.000Z');
    expect(dueIso('2027-07-09T10:00:00Z', wd(1), 'england')).toBe('2027-07-12T16:00:00.000Z');
    // 12 July 2026 is a Sunday: Monday 13 July is the substitute day.
    const result = computeDue(at('2026-07-10T10:00:00Z'), wd(1), northernIreland);
    expect(result.due.toISOString()).toBe('2026-07-14T16:00:00.000Z');
    expect(result.rule).toContain('Battle of the Boyne (Orangemen’s Day) (substitute day), Monday 13 July 2026');
    expect(isWorkingDay('2026-03-17', northernIreland)).toBe(false);
    expect(isWorkingDay('2026-03-17', wales)).toBe(true);
  });

  it('a working-day deadline across the spring clock change is 17:00 BST', () => {
    // Fri 27 Mar 2026 10:00 GMT + 1 working day -> Mon 30 Mar 17:00 BST.
    expect(dueIso('2026-03-27T10:00:00Z', wd(1))).toBe('2026-03-30T16:00:00.000Z');
  });

  it('an event on Christmas Day counts from the next working day', () => {
    const result = computeDue(at('2026-12-25T10:00:00Z'), wd(1), scotland);
    expect(result.due.toISOString()).toBe('2026-12-30T17:00:00.000Z');
    expect(result.rule).toContain('a bank holiday (Christmas Day), so counting starts from the next working day, Tuesday 29 December 2026.');
  });
});

describe('hours', () => {
  it('12 hours across the spring change: 20:00 GMT Saturday -> 09:00 BST Sunday', () => {
    const result = computeDue(at('2026-03-28T20:00:00Z'), { amount: 12, unit: 'hours' }, england);
    expect(result.due.toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(result.rule).toBe(
      '12 hours by the clock, nights, weekends and bank holidays included: due 09:00 on Sunday 29 March 2026. ' +
        'The clocks went forward in between; the 12 hours are real elapsed time.',
    );
  });

  it('12 hours across the autumn change: 21:00 BST Saturday -> 08:00 GMT Sunday', () => {
    expect(dueIso('2026-10-24T20:00:00Z', { amount: 12, unit: 'hours' })).toBe('2026-10-25T08:00:00.000Z');
  });

  it('hours do not pause for weekends or bank holidays and work outside the supported years', () => {
    expect(addHours(at('2026-12-24T16:00:00Z'), 24).toISOString()).toBe('2026-12-25T16:00:00.000Z');
    expect(addHours(at('2035-01-01T00:00:00Z'), 0.5).toISOString()).toBe('2035-01-01T00:30:00.000Z');
  });
});

describe('calendar days and immediately', () => {
  it('3 calendar days from Friday 16:30 = Monday 17:00; weekends count', () => {
    const result = computeDue(at('2026-10-16T15:30:00Z'), { amount: 3, unit: 'calendar_days' }, england);
    expect(result.due.toISOString()).toBe('2026-10-19T16:00:00.000Z');
    expect(result.rule).toBe('3 calendar days, weekends and bank holidays included, counting from Friday 16 October 2026: due 17:00 on Monday 19 October 2026.');
  });

  it('calendar days land on bank holidays and weekends without moving', () => {
    expect(addCalendarDays(at('2026-12-24T10:00:00Z'), 1).toISOString()).toBe('2026-12-25T17:00:00.000Z');
    expect(addCalendarDays(at('2026-10-16T10:00:00Z'), 1).toISOString()).toBe('2026-10-17T16:00:00.000Z');
    // After 17:00 counts from the next day.
    expect(addCalendarDays(at('2026-10-16T17:00:00Z'), 1).toISOString()).toBe('2026-10-18T16:00:00.000Z');
  });

  it('immediately is the event time itself', () => {
    const result = computeDue(at('2026-10-16T15:30:00Z'), { amount: null, unit: 'immediately' }, england);
    expect(result.due.toISOString()).toBe('2026-10-16T15:30:00.000Z');
    expect(result.rule).toBe('Immediately: due at once, from the moment of the event.');
  });
});

describe('day helpers', () => {
  it('isWorkingDay / nextWorkingDay / workingDayOnOrAfter', () => {
    expect(isWorkingDay('2022-09-19', england)).toBe(false); // state funeral
    expect(isWorkingDay('2023-05-08', scotland)).toBe(false); // coronation
    expect(isWorkingDay(at('2026-12-28T12:00:00Z'), england)).toBe(false);
    expect(nextWorkingDay('2026-12-24', england)).toBe('2026-12-29');
    expect(nextWorkingDay('2026-10-16', england)).toBe('2026-10-19');
    expect(workingDayOnOrAfter('2026-10-16', england)).toBe('2026-10-16');
    // An instant just after midnight BST belongs to the next London day.
    expect(isWorkingDay(at('2026-10-16T23:30:00Z'), england)).toBe(false);
  });

  it('addWorkingDays agrees with computeDue', () => {
    expect(addWorkingDays(at('2026-10-16T15:30:00Z'), 2, england).toISOString()).toBe('2026-10-20T16:00:00.000Z');
  });
});

describe('calendar construction', () => {
  it('a nation override replaces the nation; with() adds closure days', () => {
    const cal = createWorkingCalendar({ nation: 'england', nationOverride: 'scotland' });
    expect(cal.nation).toBe('scotland');
    expect(isWorkingDay('2026-11-30', cal)).toBe(false);
    const more = cal.with({ closureDays: ['2026-11-27'] }).with({ nation: 'wales', closureDays: ['2026-11-26'] });
    expect(more.nation).toBe('wales');
    expect(more.closureDays.map((d) => d.date)).toEqual(['2026-11-26', '2026-11-27']);
    expect(more.nonWorkingReason('2026-11-27')).toEqual({ kind: 'closure_day', name: 'local closure day' });
    expect(more.nonWorkingReason('2026-11-30')).toBeNull();
  });

  it('reports bank holidays before closure days, weekends first', () => {
    const cal = createWorkingCalendar({ nation: 'england', closureDays: ['2026-12-25', '2026-12-26'] });
    expect(cal.nonWorkingReason('2026-12-25')).toEqual({ kind: 'bank_holiday', name: 'Christmas Day' });
    expect(cal.nonWorkingReason('2026-12-26')).toEqual({ kind: 'weekend' });
  });
});

describe('errors', () => {
  it('out_of_range outside 2018-2030 for working days only', () => {
    expect(errorCode(() => computeDue(at('2030-12-30T10:00:00Z'), wd(5), england))).toBe('out_of_range');
    expect(errorCode(() => computeDue(at('2017-12-29T10:00:00Z'), wd(1), england))).toBe('out_of_range');
    expect(errorCode(() => isWorkingDay('2031-01-02', england))).toBe('out_of_range');
    expect(errorCode(() => computeDue(at('2031-06-01T10:00:00Z'), { amount: 2, unit: 'calendar_days' }, england))).toBe('no error');
    expect(errorCode(() => computeDue(at('2031-06-01T10:00:00Z'), { amount: 2, unit: 'hours' }, england))).toBe('no error');
    // The last supported day still works.
    expect(dueIso('2030-12-27T10:00:00Z', wd(1))).toBe('2030-12-30T17:00:00.000Z');
  });

  it('names the offending value', () => {
    try {
      isWorkingDay('2031-01-02', england);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CalendarError);
      expect((error as CalendarError).value).toBe('2031-01-02');
      expect((error as CalendarError).message).toContain('2018–2030');
    }
  });

  it('invalid durations, dates and nations', () => {
    expect(errorCode(() => computeDue(at('2026-10-16T10:00:00Z'), { amount: null, unit: 'working_days' }, england))).toBe('invalid_duration');
    expect(errorCode(() => computeDue(at('2026-10-16T10:00:00Z'), wd(1.5), england))).toBe('invalid_duration');
    expect(errorCode(() => computeDue(at('2026-10-16T10:00:00Z'), wd(-1), england))).toBe('invalid_duration');
    expect(errorCode(() => addHours(at('2026-10-16T10:00:00Z'), Number.NaN))).toBe('invalid_duration');
    expect(errorCode(() => computeDue(at('2026-10-16T10:00:00Z'), { amount: 1, unit: 'weeks' as never }, england))).toBe('invalid_duration');
    expect(errorCode(() => computeDue(new Date(Number.NaN), wd(1), england))).toBe('invalid_date');
    expect(errorCode(() => isWorkingDay('2026-02-30', england))).toBe('invalid_date');
    expect(errorCode(() => createWorkingCalendar({ nation: 'england', closureDays: ['30/12/2026'] }))).toBe('invalid_date');
    expect(errorCode(() => createWorkingCalendar({ nation: 'cornwall' as Nation }))).toBe('unknown_nation');
    expect(errorCode(() => createWorkingCalendar({ nation: 'england', nationOverride: 'GB' as Nation }))).toBe('unknown_nation');
  });
});
