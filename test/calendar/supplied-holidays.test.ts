// Bank holidays past the built-in table: supplied as the official UK bank-holidays JSON shape or as
// a list, added to the table or replacing the years they cover. Without them a date past the table
// is an error that names the fix; malformed files are errors that name the entry and field.
// The 2031 days below are test data in the official file's shape, not a claim about 2031.
import { describe, expect, it } from 'vitest';
import {
  CalendarError,
  addWorkingDays,
  createWorkingCalendar,
  isWorkingDay,
  parseBankHolidays,
  parseDateTime,
  simulate,
} from '../../runtime/index.ts';
import { compileSeeds } from '../engine/fixtures.ts';

const OFFICIAL_SHAPE = {
  'england-and-wales': {
    division: 'england-and-wales',
    events: [
      { title: 'New Year’s Day', date: '2031-01-01', notes: '', bunting: true },
      { title: 'Test holiday', date: '2031-01-02', notes: '', bunting: false },
    ],
  },
  scotland: { division: 'scotland', events: [{ title: '2nd January', date: '2031-01-02', notes: '', bunting: true }] },
};

const calendarError = (run: () => unknown): CalendarError => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CalendarError);
    return error as CalendarError;
  }
  throw new Error('no error');
};

describe('a date past the built-in table', () => {
  it('is an error that names the fix when no holidays are supplied', () => {
    const cal = createWorkingCalendar({ nation: 'england' });
    const error = calendarError(() => isWorkingDay('2031-01-02', cal));
    expect(error.code).toBe('out_of_range');
    expect(error.message).toMatch(/2031-01-02 is outside 2018–2030.*official UK bank-holidays JSON file.*bankHolidays option.*--holidays <file>/);
  });

  it('counts with supplied holidays in the official shape, per division', () => {
    const lists = parseBankHolidays(JSON.stringify(OFFICIAL_SHAPE));
    const england = createWorkingCalendar({ nation: 'england', bankHolidays: { lists } });
    const scotland = createWorkingCalendar({ nation: 'scotland', bankHolidays: { lists } });
    expect(england.covers(2031)).toBe(true);
    expect(england.describeYears()).toBe('2018–2031');
    // Tue 31 Dec 2030 + 2 working days: Wed 1 Jan and Thu 2 Jan are holidays, so Fri 3, Mon 6 Jan.
    const due = addWorkingDays(parseDateTime('2030-12-31T10:00'), 2, england);
    expect(due.toISOString()).toBe('2031-01-06T17:00:00.000Z');
    expect(isWorkingDay('2031-01-02', england)).toBe(false);
    expect(isWorkingDay('2031-01-01', scotland)).toBe(true);
    expect(calendarError(() => isWorkingDay('2032-03-01', england)).message).toMatch(/outside 2018–2031/);
  });

  it('takes a plain list for the calendar’s own nation, and replaces a year when asked', () => {
    const list = parseBankHolidays([{ date: '2031-01-01', name: 'New Year’s Day' }, '2031-12-25']);
    const added = createWorkingCalendar({ nation: 'wales', bankHolidays: { lists: list } });
    expect(isWorkingDay('2031-12-25', added)).toBe(false);
    expect(added.nonWorkingReason('2031-12-25')).toEqual({ kind: 'bank_holiday', name: 'bank holiday' });
    // Replacing 2026 with a list that lacks Christmas makes Christmas Day 2026 a working day.
    const replaced = createWorkingCalendar({ nation: 'england', bankHolidays: { lists: parseBankHolidays(['2026-01-01']), mode: 'replace' } });
    expect(isWorkingDay('2026-12-25', replaced)).toBe(true);
    expect(isWorkingDay('2026-01-01', replaced)).toBe(false);
  });

  it('lets simulate run a case into the supplied years', () => {
    const { sefton } = compileSeeds();
    const start = parseDateTime('2030-12-30T10:00');
    expect(() => simulate(sefton, { start })).toThrow(/outside 2018–2030.*--holidays <file>/);
    const run = simulate(sefton, { start, bankHolidays: { lists: parseBankHolidays(OFFICIAL_SHAPE) } });
    expect(run.steps.length).toBeGreaterThan(1);
  });

  it.each<[string, unknown, RegExp]>([
    ['not JSON', '{"england-and-wales": ', /the file is not valid JSON/],
    ['a bad date', { 'england-and-wales': { events: [{ title: 'X', date: '2031-02-30' }] } }, /england-and-wales\.events\[0\]\.date "2031-02-30" is not a real date/],
    ['a missing date', [{ name: 'X' }], /entry list\[0\]\.date is missing and is not a real date/],
    ['an unknown division', { wales: { events: [] } }, /"wales" is not a division of the official file/],
    ['no events', { scotland: { division: 'scotland' } }, /"scotland" has no "events" list/],
    ['an empty name', [{ date: '2031-01-01', name: ' ' }], /entry list\[0\]\.name must be a non-empty text/],
    ['a number', 42, /neither the official JSON .* nor a list/],
  ])('rejects %s, naming the entry and the field', (_, value, message) => {
    const error = calendarError(() => parseBankHolidays(value));
    expect(error.code).toBe('invalid_holidays');
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/give the official UK bank-holidays JSON file as published, or a list/);
  });
});
