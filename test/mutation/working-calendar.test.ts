// Tests that would notice a wrong working day (runtime/calendar/working-calendar.ts): which days are
// not working days and why, closure days, supplied bank holidays, the known years and the wording
// that names them. Holiday dates are from GOV.UK's list for 2026 (England and Wales: Christmas Day
// Friday 25 December, Boxing Day substitute Monday 28 December; Scotland: 2 January, St Andrew's Day
// Monday 30 November); the rest is worked out by hand, as the comments say.
import { describe, expect, it } from 'vitest';
import { parseBankHolidays } from '../../runtime/calendar/supplied-holidays.ts';
import { SUPPORTED_YEARS } from '../../runtime/calendar/bank-holidays.generated.ts';
import { assertSupportedDay, createWorkingCalendar, describeReason, SUPPLY_HOLIDAYS_FIX } from '../../runtime/calendar/working-calendar.ts';
import { isCalendarError } from '../../runtime/calendar/errors.ts';
import { calendarError } from './calendar-error.ts';

const england = createWorkingCalendar({ nation: 'england' });

describe('the nation', () => {
  it('uses the override when one is given, and the nation otherwise', () => {
    expect(createWorkingCalendar({ nation: 'england', nationOverride: 'scotland' }).nation).toBe('scotland');
    expect(createWorkingCalendar({ nation: 'england', nationOverride: undefined }).nation).toBe('england');
    // 2 January 2026 (a Friday) is a bank holiday in Scotland only.
    expect(createWorkingCalendar({ nation: 'england', nationOverride: 'scotland' }).nonWorkingReason('2026-01-02')).toEqual({ kind: 'bank_holiday', name: '2nd January' });
    expect(england.nonWorkingReason('2026-01-02')).toBeNull();
  });

  it('refuses an unknown nation, saying which option held it and listing the nations', () => {
    const override = calendarError(() => createWorkingCalendar({ nation: 'england', nationOverride: 'cornwall' as 'england' }));
    expect(override.code).toBe('unknown_nation');
    expect(override.value).toBe('cornwall');
    expect(override.message).toBe('nation override "cornwall" is not one of england, wales, scotland, northern-ireland');
    expect(calendarError(() => createWorkingCalendar({ nation: 'gb' as 'england' })).message).toBe('nation "gb" is not one of england, wales, scotland, northern-ireland');
  });
});

describe('why a day is not a working day', () => {
  it('says weekend before bank holiday before closure day', () => {
    // Saturday 26 December 2026 is Boxing Day, but it is a weekend first.
    const cal = createWorkingCalendar({ nation: 'england', closureDays: ['2026-12-26', '2026-12-25', '2026-12-29'] });
    expect(cal.nonWorkingReason('2026-12-26')).toEqual({ kind: 'weekend' });
    expect(cal.nonWorkingReason('2026-12-25')).toEqual({ kind: 'bank_holiday', name: 'Christmas Day' });
    expect(cal.nonWorkingReason('2026-12-29')).toEqual({ kind: 'closure_day', name: 'local closure day' });
    expect(cal.nonWorkingReason('2026-12-30')).toBeNull();
  });

  it('refuses a day that is not a real date, or is in a year whose holidays are unknown', () => {
    expect(calendarError(() => england.nonWorkingReason('2026-02-30')).code).toBe('invalid_date');
    expect(calendarError(() => england.nonWorkingReason('2031-01-06')).code).toBe('out_of_range');
  });

  it('names the bank holiday on a day without checking the range', () => {
    expect(england.bankHolidayName('2026-12-28')).toBe('Boxing Day (substitute day)');
    expect(england.bankHolidayName('2026-12-29')).toBeUndefined();
    expect(england.bankHolidayName('2040-12-25')).toBeUndefined();
  });
});

describe('closure days', () => {
  it('keeps the first name of a day listed twice, trims names and falls back to "local closure day"', () => {
    const cal = createWorkingCalendar({
      nation: 'england',
      closureDays: [{ date: '2026-12-30', name: '  Partnership closure  ' }, { date: '2026-12-30', name: 'Second name' }, { date: '2026-12-29', name: '   ' }, '2026-12-31'],
    });
    expect(cal.closureDays).toEqual([
      { date: '2026-12-29', name: 'local closure day' },
      { date: '2026-12-30', name: 'Partnership closure' },
      { date: '2026-12-31', name: 'local closure day' },
    ]);
    expect(cal.describe()).toBe('England plus 3 local closure days');
  });

  it('refuses a closure day that is not a real date', () => {
    const error = calendarError(() => createWorkingCalendar({ nation: 'england', closureDays: ['2026-02-30'] }));
    expect(error.message).toBe('closure day "2026-02-30" is not a real date in the form YYYY-MM-DD');
  });

  it('says "day" for one and "days" for more, and nothing without any', () => {
    expect(england.describe()).toBe('England');
    expect(createWorkingCalendar({ nation: 'northern-ireland', closureDays: ['2026-12-29'] }).describe()).toBe('Northern Ireland plus 1 local closure day');
  });

  it('are added to, never replace, the existing ones in a derived calendar, which keeps supplied holidays', () => {
    const base = createWorkingCalendar({ nation: 'england', closureDays: ['2026-12-29'], bankHolidays: { lists: parseBankHolidays(['2031-01-02']) } });
    const derived = base.with({ closureDays: ['2026-12-30'] });
    expect(derived.nation).toBe('england');
    expect(derived.closureDays.map((d) => d.date)).toEqual(['2026-12-29', '2026-12-30']);
    expect(derived.covers(2031)).toBe(true);
    expect(derived.nonWorkingReason('2031-01-02')).toEqual({ kind: 'bank_holiday', name: 'bank holiday' });
    expect(base.with({ nation: 'scotland' }).nation).toBe('scotland');
    expect(base.with({}).closureDays.map((d) => d.date)).toEqual(['2026-12-29']);
  });
});

describe('reasons written for people', () => {
  it('names the bank holiday and a named closure day, and not the default name', () => {
    expect(describeReason({ kind: 'weekend' })).toBe('a weekend');
    expect(describeReason({ kind: 'bank_holiday', name: 'Christmas Day' })).toBe('a bank holiday (Christmas Day)');
    expect(describeReason({ kind: 'closure_day', name: 'local closure day' })).toBe('a local closure day');
    expect(describeReason({ kind: 'closure_day', name: 'Partnership closure' })).toBe('a local closure day (Partnership closure)');
  });
});

describe('the years whose bank holidays are known', () => {
  it('are the built-in table, its first and last year included', () => {
    expect(SUPPORTED_YEARS).toEqual({ first: 2018, last: 2030 });
    expect(england.covers(2017)).toBe(false);
    expect(england.covers(2018)).toBe(true);
    expect(england.covers(2030)).toBe(true);
    expect(england.covers(2031)).toBe(false);
    expect(england.describeYears()).toBe('2018–2030');
  });

  it('are written as runs, a single year alone, when supplied years leave a gap', () => {
    const cal = createWorkingCalendar({ nation: 'england', bankHolidays: { lists: parseBankHolidays(['2032-01-01', '2033-01-03', '2035-01-01']) } });
    expect(cal.describeYears()).toBe('2018–2030 and 2032–2033 and 2035');
    expect(cal.covers(2031)).toBe(false);
    expect(cal.covers(2034)).toBe(false);
  });

  it('are written in order when supplied years come before the table', () => {
    const cal = createWorkingCalendar({ nation: 'england', bankHolidays: { lists: parseBankHolidays(['2016-12-26', '2017-01-02']) } });
    expect(cal.describeYears()).toBe('2016–2030');
  });

  it('name the fix when a day is outside them', () => {
    const error = calendarError(() => england.assertKnownDay('2031-01-06', 'due day'));
    expect(error.code).toBe('out_of_range');
    expect(error.value).toBe('2031-01-06');
    expect(error.message).toBe(`due day 2031-01-06 is outside 2018–2030, the years whose bank holidays are known: for 2031, ${SUPPLY_HOLIDAYS_FIX}`);
    expect(() => england.assertKnownDay('2030-12-31')).not.toThrow();
    expect(calendarError(() => england.assertKnownDay('2017-12-31')).message).toMatch(/^date 2017-12-31 is outside/);
  });

  it('bound the built-in table check at its first and last day', () => {
    expect(() => assertSupportedDay('2018-01-01')).not.toThrow();
    expect(() => assertSupportedDay('2030-12-31')).not.toThrow();
    const before = calendarError(() => assertSupportedDay('2017-12-31', 'event'));
    expect(before.code).toBe('out_of_range');
    expect(before.value).toBe('2017-12-31');
    expect(before.message).toBe(`event 2017-12-31 is outside 2018–2030, the years whose bank holidays are known: ${SUPPLY_HOLIDAYS_FIX}`);
    expect(calendarError(() => assertSupportedDay('2031-01-01')).message).toMatch(/^date 2031-01-01 is outside/);
  });
});

describe('supplied bank holidays', () => {
  it('are added to the table in "add" mode, keeping the table’s name on a day both give', () => {
    const cal = createWorkingCalendar({ nation: 'england', bankHolidays: { lists: [{ date: '2026-12-25', name: 'Xmas' }, { date: '2026-12-29', name: 'Extra day' }] } });
    expect(cal.nonWorkingReason('2026-12-25')).toEqual({ kind: 'bank_holiday', name: 'Christmas Day' });
    expect(cal.nonWorkingReason('2026-12-29')).toEqual({ kind: 'bank_holiday', name: 'Extra day' });
    expect(cal.nonWorkingReason('2026-12-28')).toEqual({ kind: 'bank_holiday', name: 'Boxing Day (substitute day)' });
  });

  it('replace only the years they cover in "replace" mode', () => {
    const cal = createWorkingCalendar({ nation: 'england', bankHolidays: { lists: [{ date: '2026-12-29', name: 'Only day' }], mode: 'replace' } });
    expect(cal.nonWorkingReason('2026-12-25')).toBeNull();
    expect(cal.nonWorkingReason('2026-12-29')).toEqual({ kind: 'bank_holiday', name: 'Only day' });
    // 2025 is not covered by the list, so its Christmas Day stays.
    expect(cal.nonWorkingReason('2025-12-25')).toEqual({ kind: 'bank_holiday', name: 'Christmas Day' });
  });

  it('are taken from the calendar’s own division of the official shape', () => {
    const lists = { scotland: [{ date: '2031-11-28', name: 'Test day' }] };
    const scotland = createWorkingCalendar({ nation: 'scotland', bankHolidays: { lists } });
    const wales = createWorkingCalendar({ nation: 'wales', bankHolidays: { lists } });
    expect(scotland.covers(2031)).toBe(true);
    expect(scotland.nonWorkingReason('2031-11-28')).toEqual({ kind: 'bank_holiday', name: 'Test day' });
    expect(wales.covers(2031)).toBe(false);
  });
});

describe('the calendar’s error', () => {
  it('is called CalendarError and is told apart from other errors', () => {
    const error = calendarError(() => england.nonWorkingReason('2026-02-30'));
    expect(error.name).toBe('CalendarError');
    expect(isCalendarError(error)).toBe(true);
    expect(isCalendarError(new Error('other'))).toBe(false);
  });
});
