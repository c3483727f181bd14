// Reading and writing the date-times people type and read. A time without a zone is London time
// ("2026-01-05T16:00" is 4pm on the office clock, GMT or BST as the day has it), because that is
// how practitioners read their diaries; an explicit `Z` or `+01:00` is honoured as given.

import { isIsoDate, weekday } from '../calendar/civil-date.ts';
import { londonParts, londonWallClock } from '../calendar/london-time.ts';
import { SimulationError, type SimulationArgument } from './errors.ts';

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$/i;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number): string => String(n).padStart(2, '0');

function invalid(text: string, argument: SimulationArgument, why: string): SimulationError {
  return new SimulationError('invalid_date', argument, `"${text}" is not a date and time: ${why}`, text);
}

/**
 * Reads `YYYY-MM-DDTHH:MM` (or with a space instead of `T`, optional `:SS`, optional `Z` or
 * `±HH:MM`). Without a zone the time is London time. Throws SimulationError('invalid_date'),
 * naming `argument`, for anything else, including a date with no time (the time of day decides
 * whether a working day counts, so it is never guessed).
 */
export function parseDateTime(text: string, argument: SimulationArgument = 'start'): Date {
  const trimmed = text.trim();
  const match = DATE_TIME.exec(trimmed);
  if (!match) {
    const why = isIsoDate(trimmed)
      ? `give a time of day as well, e.g. ${trimmed}T09:00 (London time)`
      : 'use the form YYYY-MM-DDTHH:MM, e.g. 2026-01-05T09:00 (London time)';
    throw invalid(text, argument, why);
  }
  const [, date = '', hh = '', mm = '', ss, zone] = match;
  const hour = Number(hh);
  const minute = Number(mm);
  const second = ss === undefined ? 0 : Number(ss);
  if (!isIsoDate(date)) throw invalid(text, argument, `${date} is not a real day`);
  if (hour > 23 || minute > 59 || second > 59) throw invalid(text, argument, `${hh}:${mm}${ss ? `:${ss}` : ''} is not a time of day`);
  if (zone === undefined) return new Date(londonWallClock(date, hour, minute).getTime() + second * 1000);
  const offset = zone.toUpperCase() === 'Z' ? 0 : offsetMinutes(zone);
  const utc = Date.parse(`${date}T${hh}:${mm}:${pad(second)}Z`);
  return new Date(utc - offset * 60_000);
}

function offsetMinutes(zone: string): number {
  const digits = zone.replace(':', '');
  const sign = digits.startsWith('-') ? -1 : 1;
  return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
}

/** "Tue 6 Jan 2026 17:00": London time with the weekday, as the CLI and the site print it. */
export function formatLondonShort(instant: Date): string {
  const p = londonParts(instant);
  const month = MONTHS[Number(p.date.slice(5, 7)) - 1] ?? '?';
  return `${DAYS[weekday(p.date)]} ${Number(p.date.slice(8, 10))} ${month} ${p.date.slice(0, 4)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** "2026-01-06T17:00:00+00:00": an exact instant written in London's offset, for JSON. */
export function formatLondonIso(instant: Date): string {
  const p = londonParts(instant);
  const sign = p.offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(p.offsetMinutes);
  return `${p.date}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
