// The CalendarError a call throws, so a test can check its code, value and message; fails the test
// when the call throws something else or nothing.
import { expect } from 'vitest';
import { CalendarError } from '../../runtime/calendar/errors.ts';

export function calendarError(run: () => unknown): CalendarError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CalendarError);
    return error as CalendarError;
  }
  throw new Error('expected a CalendarError, but nothing was thrown');
}
