// Tests that would notice a wrong explanation of a deadline (runtime/calendar/due.ts): the sentence a
// practitioner reads to check a due date by hand. Dates are worked out by hand, as the comments say;
// each sentence is the whole text, so a word dropped or changed is noticed.
import { describe, expect, it } from 'vitest';
import { computeDue } from '../../runtime/calendar/due.ts';
import type { Duration } from '../../runtime/calendar/types.ts';
import { createWorkingCalendar } from '../../runtime/calendar/working-calendar.ts';
import { calendarError } from './calendar-error.ts';

const england = createWorkingCalendar({ nation: 'england' });
const explain = (anchor: string, duration: Duration) => {
  const { due, rule } = computeDue(new Date(anchor), duration, england);
  return { due: due.toISOString(), rule };
};

describe('hours', () => {
  it('says "1 hour" for one, and nothing about clocks when they did not change', () => {
    // Wednesday 14 January 2026, 10:00 GMT + 1 hour.
    expect(explain('2026-01-14T10:00:00Z', { amount: 1, unit: 'hours' })).toEqual({
      due: '2026-01-14T11:00:00.000Z',
      rule: '1 hour by the clock, nights, weekends and bank holidays included: due 11:00 on Wednesday 14 January 2026.',
    });
  });

  it('says the clocks went forward when an hour crosses the spring change', () => {
    // Sunday 29 March 2026, 00:30 GMT + 1 real hour = 01:30 UTC, which London shows as 02:30 BST.
    expect(explain('2026-03-29T00:30:00Z', { amount: 1, unit: 'hours' })).toEqual({
      due: '2026-03-29T01:30:00.000Z',
      rule: '1 hour by the clock, nights, weekends and bank holidays included: due 02:30 on Sunday 29 March 2026. The clocks went forward in between; the 1 hour is real elapsed time.',
    });
  });

  it('says the clocks went back when hours cross the autumn change', () => {
    // Sunday 25 October 2026, 01:30 BST (00:30 UTC) + 2 real hours = 02:30 UTC = 02:30 GMT.
    expect(explain('2026-10-25T00:30:00Z', { amount: 2, unit: 'hours' })).toEqual({
      due: '2026-10-25T02:30:00.000Z',
      rule: '2 hours by the clock, nights, weekends and bank holidays included: due 02:30 on Sunday 25 October 2026. The clocks went back in between; the 2 hours are real elapsed time.',
    });
  });
});

describe('calendar days', () => {
  it('says "by the end of the day" for 0 days', () => {
    expect(explain('2026-01-14T10:00:00Z', { amount: 0, unit: 'calendar_days' }).rule).toBe('By the end of the day (17:00): due 17:00 on Wednesday 14 January 2026.');
  });

  it('says when counting moved past 17:00, and "1 calendar day" for one', () => {
    // Wednesday 14 January 2026, 18:00: day 0 is Thursday 15, so 1 calendar day is Friday 16.
    expect(explain('2026-01-14T18:00:00Z', { amount: 1, unit: 'calendar_days' })).toEqual({
      due: '2026-01-16T17:00:00.000Z',
      rule: 'The event was after 17:00, so counting starts from Thursday 15 January 2026. 1 calendar day, weekends and bank holidays included, counting from Thursday 15 January 2026: due 17:00 on Friday 16 January 2026.',
    });
  });
});

describe('working days', () => {
  it('says "by the end of the working day" for 0 days', () => {
    expect(explain('2026-01-14T10:00:00Z', { amount: 0, unit: 'working_days' }).rule).toBe('By the end of the working day in England: due 17:00 on Wednesday 14 January 2026.');
  });

  it('says when counting moved past 17:00, and "1 working day" for one', () => {
    // Wednesday 14 January 2026, 18:00: day 0 is Thursday 15, so 1 working day is Friday 16.
    expect(explain('2026-01-14T18:00:00Z', { amount: 1, unit: 'working_days' })).toEqual({
      due: '2026-01-16T17:00:00.000Z',
      rule: 'The event was after 17:00, so counting starts from the next working day, Thursday 15 January 2026. 1 working day in England, counting from Thursday 15 January 2026: due 17:00 on Friday 16 January 2026.',
    });
  });

  it('lists every bank holiday it skipped, in order, and no weekend', () => {
    // Thursday 24 December 2026 + 2 working days: Friday 25 (Christmas Day), the weekend and Monday
    // 28 (Boxing Day, substitute day) are skipped; Tuesday 29 is day 1 and Wednesday 30 day 2.
    expect(explain('2026-12-24T10:00:00Z', { amount: 2, unit: 'working_days' })).toEqual({
      due: '2026-12-30T17:00:00.000Z',
      rule: '2 working days in England, counting from Thursday 24 December 2026: due 17:00 on Wednesday 30 December 2026. Not counted: Christmas Day, Friday 25 December 2026; Boxing Day (substitute day), Monday 28 December 2026.',
    });
  });
});

describe('deadlines it cannot count', () => {
  it('names the unit of a deadline without an amount', () => {
    const working = calendarError(() => explain('2026-01-14T10:00:00Z', { amount: null, unit: 'working_days' }));
    expect(working.code).toBe('invalid_duration');
    expect(working.message).toBe('a deadline in working days needs an amount');
    expect(working.value).toBe('null');
    expect(calendarError(() => explain('2026-01-14T10:00:00Z', { amount: null, unit: 'calendar_days' })).message).toBe('a deadline in calendar days needs an amount');
    expect(calendarError(() => explain('2026-01-14T10:00:00Z', { amount: null, unit: 'hours' })).message).toBe('a deadline in hours needs an amount');
  });

  it('names an unknown unit', () => {
    const error = calendarError(() => explain('2026-01-14T10:00:00Z', { amount: 1, unit: 'weeks' as 'hours' }));
    expect(error.code).toBe('invalid_duration');
    expect(error.message).toBe('unknown deadline unit "weeks"');
    expect(error.value).toBe('weeks');
  });

  it('calls a bad moment the anchor', () => {
    const error = calendarError(() => computeDue(new Date('nonsense'), { amount: 1, unit: 'hours' }, england));
    expect(error.code).toBe('invalid_date');
    expect(error.message).toBe('anchor is not a valid date and time');
  });

  it('gives "immediately" the moment itself, as a new value', () => {
    const anchor = new Date('2026-01-14T10:00:00Z');
    const { due, rule } = computeDue(anchor, { amount: null, unit: 'immediately' }, england);
    expect(due.toISOString()).toBe('2026-01-14T10:00:00.000Z');
    expect(due).not.toBe(anchor);
    expect(rule).toBe('Immediately: due at once, from the moment of the event.');
  });
});
