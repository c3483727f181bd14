// A WorkingCalendar answers one question: is this London day a working day, and if not, why?
// It is built from a nation (which decides the bank holidays) plus any local closure days a
// protocol adds, such as a partnership's closure days between Christmas and New Year.
//
// The "why" matters as much as the yes/no: deadline explanations tell people which bank
// holiday or closure day pushed a deadline back, so they can check it against their diary.

import { BANK_HOLIDAYS, NATION_HOLIDAY_LIST, SUPPORTED_YEARS } from './bank-holidays.generated.ts';
import type { HolidayListKey } from './bank-holidays.generated.ts';
import { assertIsoDate, isWeekend, yearOf } from './civil-date.ts';
import { CalendarError } from './errors.ts';
import { suppliedFor, yearsOf, type SuppliedHolidays } from './supplied-holidays.ts';
import { NATION_NAMES, NATIONS, isNation } from './types.ts';
import type { ClosureDay, IsoDate, Nation } from './types.ts';

export interface WorkingCalendarOptions {
  /** The nation whose bank holidays apply, e.g. the project's default. */
  readonly nation: Nation;
  /**
   * Replaces `nation` when given. This is where a protocol's own `nation` metadata goes, so a
   * caller can pass the project default and the protocol's choice without deciding between them.
   */
  readonly nationOverride?: Nation | undefined;
  /** Extra non-working days, as `YYYY-MM-DD` or `{ date, name }`. */
  readonly closureDays?: readonly (IsoDate | ClosureDay)[] | undefined;
  /**
   * Bank holidays beyond (or correcting) the built-in table: `parseBankHolidays(officialJson)` or a
   * list of `{ date, name }`. Years they cover become known years (supplied-holidays.ts).
   */
  readonly bankHolidays?: SuppliedHolidays | undefined;
}

export type NonWorkingReason =
  | { readonly kind: 'weekend' }
  | { readonly kind: 'bank_holiday'; readonly name: string }
  | { readonly kind: 'closure_day'; readonly name: string };

const DEFAULT_CLOSURE_NAME = 'local closure day';

// One lookup map per official list, built once at load and never changed (no mutable module state).
const HOLIDAY_MAPS = Object.fromEntries(
  (Object.keys(BANK_HOLIDAYS) as HolidayListKey[]).map((key) => [key, new Map(BANK_HOLIDAYS[key].map((h) => [h.date, h.name]))]),
) as unknown as Record<HolidayListKey, ReadonlyMap<IsoDate, string>>;
function holidayMap(key: HolidayListKey): ReadonlyMap<IsoDate, string> {
  return HOLIDAY_MAPS[key];
}

/** What to do about a year whose bank holidays are unknown, for every out_of_range message. */
export const SUPPLY_HOLIDAYS_FIX =
  'supply its bank holidays (the official UK bank-holidays JSON file, or a list of { date, name }) with the calendar\'s bankHolidays option, or `--holidays <file>` on the command line';

/** Throws CalendarError('out_of_range') unless the day's year is in the built-in table. */
export function assertSupportedDay(date: IsoDate, what = 'date'): void {
  const year = yearOf(date);
  if (year < SUPPORTED_YEARS.first || year > SUPPORTED_YEARS.last) {
    throw new CalendarError(
      'out_of_range',
      `${what} ${date} is outside ${SUPPORTED_YEARS.first}–${SUPPORTED_YEARS.last}, the years whose bank holidays are known: ${SUPPLY_HOLIDAYS_FIX}`,
      date,
    );
  }
}

function tableYears(): Set<number> {
  const years = new Set<number>();
  for (let y = SUPPORTED_YEARS.first; y <= SUPPORTED_YEARS.last; y++) years.add(y);
  return years;
}

/** The table's holidays for one list with the supplied ones added, or replacing the years they cover. */
function mergeHolidays(key: HolidayListKey, supplied: SuppliedHolidays | undefined): { map: ReadonlyMap<IsoDate, string>; years: ReadonlySet<number> } {
  const table = holidayMap(key);
  if (!supplied) return { map: table, years: tableYears() };
  const extra = suppliedFor(supplied.lists, key);
  const replaced = supplied.mode === 'replace' ? yearsOf(extra) : new Set<number>();
  const map = new Map([...table].filter(([date]) => !replaced.has(yearOf(date))));
  // On a day both give, the table's name is kept (it is checked against the official list).
  for (const h of extra) if (!map.has(h.date)) map.set(h.date, h.name);
  return { map, years: new Set([...tableYears(), ...yearsOf(extra)]) };
}

function checkNation(value: unknown, what: string): Nation {
  if (!isNation(value)) {
    throw new CalendarError('unknown_nation', `${what} "${String(value)}" is not one of ${NATIONS.join(', ')}`, String(value));
  }
  return value;
}

export class WorkingCalendar {
  /** The nation whose bank holidays apply (after any override). */
  readonly nation: Nation;
  /** Local closure days, sorted by date, one per day. */
  readonly closureDays: readonly ClosureDay[];
  readonly #holidays: ReadonlyMap<IsoDate, string>;
  readonly #closures: ReadonlyMap<IsoDate, string>;
  readonly #years: ReadonlySet<number>;
  readonly #supplied: SuppliedHolidays | undefined;

  constructor(options: WorkingCalendarOptions) {
    this.nation = options.nationOverride !== undefined
      ? checkNation(options.nationOverride, 'nation override')
      : checkNation(options.nation, 'nation');
    const merged = mergeHolidays(NATION_HOLIDAY_LIST[this.nation], options.bankHolidays);
    this.#holidays = merged.map;
    this.#years = merged.years;
    this.#supplied = options.bankHolidays;
    const closures = new Map<IsoDate, string>();
    for (const entry of options.closureDays ?? []) {
      const day = typeof entry === 'string' ? { date: entry } : entry;
      assertIsoDate(day.date, 'closure day');
      // A day listed twice keeps its first name; listing twice is harmless, not an error.
      if (!closures.has(day.date)) closures.set(day.date, day.name?.trim() || DEFAULT_CLOSURE_NAME);
    }
    this.#closures = closures;
    this.closureDays = [...closures]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([date, name]) => ({ date, name }));
  }

  /**
   * Why `date` is not a working day, or null when it is one. Checked in this order: weekend,
   * bank holiday, closure day, so a closure day that is also Christmas Day is reported as
   * Christmas Day. Throws CalendarError('out_of_range') in a year whose bank holidays are unknown.
   */
  nonWorkingReason(date: IsoDate): NonWorkingReason | null {
    assertIsoDate(date);
    this.assertKnownDay(date);
    if (isWeekend(date)) return { kind: 'weekend' };
    const holiday = this.#holidays.get(date);
    if (holiday !== undefined) return { kind: 'bank_holiday', name: holiday };
    const closure = this.#closures.get(date);
    if (closure !== undefined) return { kind: 'closure_day', name: closure };
    return null;
  }

  /** True when the bank holidays of `year` are known: built in, or supplied. */
  covers(year: number): boolean {
    return this.#years.has(year);
  }

  /** "2018–2030", or "2018–2030 and 2031–2032" with supplied years, for messages. */
  describeYears(): string {
    const years = [...this.#years].sort((a, b) => a - b);
    const runs: string[] = [];
    for (let i = 0; i < years.length; ) {
      let j = i;
      while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
      runs.push(i === j ? String(years[i]) : `${years[i]}–${years[j]}`);
      i = j + 1;
    }
    return runs.join(' and ');
  }

  /** Throws CalendarError('out_of_range'), naming the fix, unless the day's year is known. */
  assertKnownDay(date: IsoDate, what = 'date'): void {
    if (this.covers(yearOf(date))) return;
    throw new CalendarError(
      'out_of_range',
      `${what} ${date} is outside ${this.describeYears()}, the years whose bank holidays are known: for ${yearOf(date)}, ${SUPPLY_HOLIDAYS_FIX}`,
      date,
    );
  }

  /** The bank holiday on `date` in this calendar's nation, if any (no range check). */
  bankHolidayName(date: IsoDate): string | undefined {
    return this.#holidays.get(date);
  }

  /**
   * A new calendar with the nation replaced and/or more closure days added. Closure days are
   * added to, never replace, the existing ones: a protocol adds its own on top of a partnership's.
   */
  with(changes: { readonly nation?: Nation | undefined; readonly closureDays?: readonly (IsoDate | ClosureDay)[] | undefined }): WorkingCalendar {
    return new WorkingCalendar({
      nation: changes.nation ?? this.nation,
      closureDays: [...this.closureDays, ...(changes.closureDays ?? [])],
      bankHolidays: this.#supplied,
    });
  }

  /** "England", or "England plus 3 local closure days", for explanations. */
  describe(): string {
    const count = this.#closures.size;
    const name = NATION_NAMES[this.nation];
    if (count === 0) return name;
    return `${name} plus ${count} local closure ${count === 1 ? 'day' : 'days'}`;
  }
}

export function createWorkingCalendar(options: WorkingCalendarOptions): WorkingCalendar {
  return new WorkingCalendar(options);
}

/** Plain-English reason, e.g. "a weekend", "a bank holiday (Christmas Day)". */
export function describeReason(reason: NonWorkingReason): string {
  switch (reason.kind) {
    case 'weekend':
      return 'a weekend';
    case 'bank_holiday':
      return `a bank holiday (${reason.name})`;
    case 'closure_day':
      return reason.name === DEFAULT_CLOSURE_NAME ? 'a local closure day' : `a local closure day (${reason.name})`;
  }
}
