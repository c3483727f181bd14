// The one error type the calendar throws. Callers (the CLI, the compiler, the browser island)
// switch on `code` rather than on message text, so messages can be improved freely.

export type CalendarErrorCode =
  /** A date the calendar needs falls in a year whose bank holidays are unknown (neither built in nor supplied). */
  | 'out_of_range'
  /** Not a real date: an Invalid Date, or a string that is not a real `YYYY-MM-DD` day. */
  | 'invalid_date'
  /** A duration the calendar cannot count: negative, not a whole number of days, missing amount. */
  | 'invalid_duration'
  /** A nation name that is not one of NATIONS. */
  | 'unknown_nation'
  /** Supplied bank holidays that are not the official JSON or a list of { date, name }. */
  | 'invalid_holidays';

export class CalendarError extends Error {
  readonly code: CalendarErrorCode;
  /** The offending value as text, so a caller can say which argument was wrong. */
  readonly value: string;

  constructor(code: CalendarErrorCode, message: string, value: string) {
    super(message);
    this.name = 'CalendarError';
    this.code = code;
    this.value = value;
  }
}

export function isCalendarError(error: unknown): error is CalendarError {
  return error instanceof CalendarError;
}
