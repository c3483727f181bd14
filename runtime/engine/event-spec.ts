// The one-line event syntax people type, on the command line and in the site's simulator:
// `<state>=<event>` or `<state>=<event>@<date-time>`, e.g. `step2=resolved@2026-01-09T10:00`.

import { formatLondonIso, parseDateTime } from './date-time.ts';
import { SimulationError } from './errors.ts';
import type { TimelineEvent } from './types.ts';

const SPEC = /^\s*([^=@\s]+)\s*=\s*([^=@\s]+)\s*(?:@\s*(.+))?$/;

/** Reads one event. Throws SimulationError (argument 'event') naming what was wrong. */
export function parseEventSpec(text: string, eventIndex: number | null = null): TimelineEvent {
  const match = SPEC.exec(text);
  if (!match) {
    throw new SimulationError(
      'invalid_event',
      'event',
      `"${text}" is not an event: write <stage>=<event> or <stage>=<event>@<date-time>, e.g. step2=resolved@2026-01-09T10:00`,
      text,
      eventIndex,
    );
  }
  const [, state = '', event = '', at] = match;
  if (at === undefined) return { state, event };
  try {
    return { state, event, at: parseDateTime(at, 'event') };
  } catch (error) {
    if (error instanceof SimulationError) throw new SimulationError(error.code, 'event', error.message, text, eventIndex);
    throw error;
  }
}

/** The inverse of parseEventSpec, with the time in London's offset. */
export function formatEventSpec(event: TimelineEvent): string {
  return `${event.state}=${event.event}${event.at ? `@${formatLondonIso(event.at)}` : ''}`;
}
