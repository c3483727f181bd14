// Bank holidays a user supplies, for years past the built-in table (or to correct it): the official
// UK bank-holidays JSON file as published (one list per division: england-and-wales, scotland,
// northern-ireland) or a plain list of `{ date, name }` for the protocol's own nation. Anything
// malformed is a CalendarError('invalid_holidays') naming the entry and the field, before any
// deadline is counted: nothing half-loads.

import { isIsoDate, isWeekend, yearOf } from './civil-date.ts';
import { CalendarError } from './errors.ts';
import type { HolidayListKey } from './bank-holidays.generated.ts';
import type { BankHoliday, IsoDate } from './types.ts';

const DIVISIONS: readonly HolidayListKey[] = ['england-and-wales', 'scotland', 'northern-ireland'];

/** Holidays per official list, or one list for whichever nation the calendar is for. */
export type SuppliedHolidayLists = { readonly [K in HolidayListKey]?: readonly BankHoliday[] } | readonly BankHoliday[];

export interface SuppliedHolidays {
  readonly lists: SuppliedHolidayLists;
  /**
   * 'add' (default): the supplied days are bank holidays as well as the table's. 'replace': for
   * every year the supplied list covers, only its days count (to correct a year of the table).
   */
  readonly mode?: 'add' | 'replace' | undefined;
}

const fail = (where: string, problem: string, value: unknown): never => {
  throw new CalendarError(
    'invalid_holidays',
    `bank holidays: ${where} ${problem}; give the official UK bank-holidays JSON file as published, or a list of { "date": "YYYY-MM-DD", "name": "…" }`,
    typeof value === 'string' ? value : JSON.stringify(value) ?? String(value),
  );
};

function readEntry(entry: unknown, where: string, nameKey: 'name' | 'title'): BankHoliday {
  if (typeof entry === 'string') {
    if (!isIsoDate(entry)) fail(where, `"${entry}" is not a real date in the form YYYY-MM-DD`, entry);
    return { date: entry, name: 'bank holiday' };
  }
  if (!entry || typeof entry !== 'object') return fail(where, 'is not an object with a "date"', entry);
  const record = entry as Record<string, unknown>;
  if (!isIsoDate(record.date)) fail(`${where}.date`, `${JSON.stringify(record.date) ?? 'is missing and'} is not a real date in the form YYYY-MM-DD`, record.date);
  const name = record[nameKey] ?? record.name;
  if (name !== undefined && (typeof name !== 'string' || name.trim() === '')) fail(`${where}.${nameKey}`, 'must be a non-empty text', name);
  return { date: record.date as IsoDate, name: typeof name === 'string' ? name.trim() : 'bank holiday' };
}

function readList(entries: unknown, where: string, nameKey: 'name' | 'title'): BankHoliday[] {
  if (!Array.isArray(entries)) return fail(where, 'is not a list', entries);
  // Weekend entries (a holiday whose substitute day is listed separately) never change a count.
  return entries.map((e, i) => readEntry(e, `${where}[${i}]`, nameKey)).filter((h) => !isWeekend(h.date));
}

/**
 * Reads supplied bank holidays: the parsed (or text) official JSON, or a list. Throws
 * CalendarError('invalid_holidays') naming the first bad entry.
 */
export function parseBankHolidays(json: unknown): SuppliedHolidayLists {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      fail('the file', `is not valid JSON (${error instanceof Error ? error.message : String(error)})`, json.slice(0, 40));
    }
  }
  if (Array.isArray(value)) return readList(value, 'entry list', 'name');
  if (!value || typeof value !== 'object') return fail('the file', 'is neither the official JSON (an object of divisions) nor a list', value);
  const record = value as Record<string, unknown>;
  const unknown = Object.keys(record).filter((k) => !(DIVISIONS as readonly string[]).includes(k));
  if (unknown.length > 0) fail(`"${unknown[0]}"`, `is not a division of the official file (${DIVISIONS.join(', ')})`, unknown[0]);
  if (Object.keys(record).length === 0) fail('the file', 'has no divisions', value);
  const lists: { [K in HolidayListKey]?: BankHoliday[] } = {};
  for (const division of DIVISIONS) {
    const part = record[division];
    if (part === undefined) continue;
    if (!part || typeof part !== 'object' || !('events' in part)) fail(`"${division}"`, 'has no "events" list', part);
    lists[division] = readList((part as { events: unknown }).events, `${division}.events`, 'title');
  }
  return lists;
}

/** The supplied days for one official list, sorted, one per day (first name kept). */
export function suppliedFor(lists: SuppliedHolidayLists, key: HolidayListKey): BankHoliday[] {
  const chosen = Array.isArray(lists) ? (lists as readonly BankHoliday[]) : ((lists as { [K in HolidayListKey]?: readonly BankHoliday[] })[key] ?? []);
  const byDate = new Map<IsoDate, string>();
  for (const h of chosen) if (!byDate.has(h.date)) byDate.set(h.date, h.name);
  return [...byDate].sort(([a], [b]) => a.localeCompare(b)).map(([date, name]) => ({ date, name }));
}

/** The years a list of holidays covers. */
export function yearsOf(holidays: readonly BankHoliday[]): Set<number> {
  return new Set(holidays.map((h) => yearOf(h.date)));
}
