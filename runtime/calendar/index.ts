// The working-time calendar: UK bank holidays per nation, London-time arithmetic and deadline
// rules (docs/calendar.md). Browser-safe: no Node imports and no date library, so it can ship
// in the site's island bundle.

export type { BankHoliday, ClosureDay, Due, Duration, DurationUnit, IsoDate, Nation } from './types.ts';
export { NATIONS, NATION_NAMES, isNation } from './types.ts';
export { CalendarError, isCalendarError } from './errors.ts';
export type { CalendarErrorCode } from './errors.ts';
export { BANK_HOLIDAYS, NATION_HOLIDAY_LIST, SUPPORTED_YEARS } from './bank-holidays.generated.ts';
export type { HolidayListKey } from './bank-holidays.generated.ts';
export { SUPPLY_HOLIDAYS_FIX, WorkingCalendar, createWorkingCalendar, describeReason, assertSupportedDay } from './working-calendar.ts';
export { parseBankHolidays } from './supplied-holidays.ts';
export type { SuppliedHolidayLists, SuppliedHolidays } from './supplied-holidays.ts';
export type { NonWorkingReason, WorkingCalendarOptions } from './working-calendar.ts';
export {
  END_OF_WORKING_DAY,
  addCalendarDays,
  addHours,
  addWorkingDays,
  countCalendarDays,
  countWorkingDays,
  endOfWorkingDay,
  isAfterHours,
  isWorkingDay,
  nextWorkingDay,
  workingDayOnOrAfter,
} from './arithmetic.ts';
export type { DayInput, WorkingDayCount } from './arithmetic.ts';
export { computeDue } from './due.ts';
export { addDays, formatDay, isIsoDate } from './civil-date.ts';
export { LONDON, formatLondonInstant, londonDay, londonParts, londonWallClock } from './london-time.ts';
export type { LondonParts } from './london-time.ts';
