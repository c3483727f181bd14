// Tests that would notice supplied bank holidays read wrongly (runtime/calendar/supplied-holidays.ts):
// which entries are kept, what they are called, and the exact words of each refusal. The 2031 days
// are test data in the official file's shape, not a claim about 2031; weekdays are worked out by
// hand (1 January 2031 is a Wednesday, 4 and 5 January a Saturday and a Sunday).
import { describe, expect, it } from 'vitest';
import { parseBankHolidays, suppliedFor, yearsOf } from '../../runtime/calendar/supplied-holidays.ts';
import { calendarError } from './calendar-error.ts';

const ADVICE = 'give the official UK bank-holidays JSON file as published, or a list of { "date": "YYYY-MM-DD", "name": "…" }';

describe('reading supplied bank holidays', () => {
  it('reads a list of days and of { date, name }, trimming names and dropping weekend days', () => {
    expect(parseBankHolidays(['2031-01-01', { date: '2031-01-02', name: '  Test day ' }, { date: '2031-01-03' }, '2031-01-04', { date: '2031-01-05', name: 'Sunday' }])).toEqual([
      { date: '2031-01-01', name: 'bank holiday' },
      { date: '2031-01-02', name: 'Test day' },
      { date: '2031-01-03', name: 'bank holiday' },
    ]);
  });

  it('reads the official shape: a title per event, per division, and only the divisions given', () => {
    const lists = parseBankHolidays({
      scotland: { division: 'scotland', events: [{ title: '2nd January', date: '2031-01-02' }, { name: 'Named', date: '2031-01-03' }] },
      'northern-ireland': { events: [] },
    });
    expect(lists).toEqual({ scotland: [{ date: '2031-01-02', name: '2nd January' }, { date: '2031-01-03', name: 'Named' }], 'northern-ireland': [] });
    expect(Object.keys(lists)).not.toContain('england-and-wales');
  });

  it('reads the official file as text', () => {
    expect(parseBankHolidays('{"england-and-wales": {"events": [{"title": "New Year’s Day", "date": "2031-01-01"}]}}')).toEqual({
      'england-and-wales': [{ date: '2031-01-01', name: 'New Year’s Day' }],
    });
  });
});

describe('refusing malformed supplied holidays, in words', () => {
  it.each<[string, unknown, string, string]>([
    ['a day that is not real', ['2031-02-30'], 'entry list[0] "2031-02-30" is not a real date in the form YYYY-MM-DD', '2031-02-30'],
    ['an entry that is not an object', ['2031-01-01', 7], 'entry list[1] is not an object with a "date"', '7'],
    ['a null entry', [null], 'entry list[0] is not an object with a "date"', 'null'],
    ['a bad date in an object', [{ date: '2031-13-01', name: 'X' }], 'entry list[0].date "2031-13-01" is not a real date in the form YYYY-MM-DD', '2031-13-01'],
    ['a name that is not text', [{ date: '2031-01-01', name: 5 }], 'entry list[0].name must be a non-empty text', '5'],
    ['an empty title', { scotland: { events: [{ date: '2031-01-01', title: '' }] } }, 'scotland.events[0].title must be a non-empty text', ''],
    ['events that are not a list', { scotland: { events: 'none' } }, 'scotland.events is not a list', 'none'],
    ['a division that is not an object', { scotland: 3 }, '"scotland" has no "events" list', '3'],
    ['a null division', { scotland: null }, '"scotland" has no "events" list', 'null'],
    ['an unknown division first', { scotland: { events: [] }, wales: {} }, '"wales" is not a division of the official file (england-and-wales, scotland, northern-ireland)', 'wales'],
    ['no divisions', {}, 'the file has no divisions', '{}'],
    ['null', null, 'the file is neither the official JSON (an object of divisions) nor a list', 'null'],
    ['text', 'true', 'the file is neither the official JSON (an object of divisions) nor a list', 'true'],
  ])('refuses %s', (_, value, problem, shown) => {
    const error = calendarError(() => parseBankHolidays(value));
    expect(error.code).toBe('invalid_holidays');
    expect(error.message).toBe(`bank holidays: ${problem}; ${ADVICE}`);
    expect(error.value).toBe(shown);
  });

  it('says why text is not JSON and shows its first 40 characters', () => {
    const text = `{"england-and-wales": ${'x'.repeat(60)}`;
    const error = calendarError(() => parseBankHolidays(text));
    expect(error.message).toMatch(/^bank holidays: the file is not valid JSON \(.+\); give the official/);
    expect(error.value).toBe(text.slice(0, 40));
  });
});

describe('the supplied days for one calendar', () => {
  it('takes a plain list whatever the division, and the division’s own list otherwise', () => {
    const list = [{ date: '2031-01-02', name: 'B' }];
    expect(suppliedFor(list, 'scotland')).toEqual(list);
    expect(suppliedFor({ scotland: list }, 'scotland')).toEqual(list);
    expect(suppliedFor({ scotland: list }, 'england-and-wales')).toEqual([]);
  });

  it('sorts the days and keeps the first name of a day given twice', () => {
    expect(suppliedFor([{ date: '2031-01-03', name: 'C' }, { date: '2031-01-02', name: 'First' }, { date: '2031-01-02', name: 'Second' }], 'scotland')).toEqual([
      { date: '2031-01-02', name: 'First' },
      { date: '2031-01-03', name: 'C' },
    ]);
  });

  it('knows which years a list covers', () => {
    expect([...yearsOf([{ date: '2031-01-02', name: 'B' }, { date: '2033-05-05', name: 'C' }, { date: '2031-12-25', name: 'D' }])].sort()).toEqual([2031, 2033]);
  });
});
