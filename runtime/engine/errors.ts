// The one error type the simulator throws. Callers switch on `code` (and `argument`, which names
// the input that was wrong) rather than on message text, so the CLI can say "--event …" and the
// site can highlight the right field.

export type SimulationErrorCode =
  /** Event text that is not `<state>=<event>` or `<state>=<event>@<date-time>`. */
  | 'invalid_event'
  /** An event names a stage or level the machine does not have. */
  | 'unknown_state'
  /** An event uses an event name the machine does not have. */
  | 'unknown_event'
  /** A case fact names a condition the machine does not declare. */
  | 'unknown_condition'
  /** An event names a state that is not active at that point of the walk. */
  | 'inactive_state'
  /** The event exists, but no route leaves the active state on it (or its condition does not hold). */
  | 'no_route'
  /** An event is earlier than the event before it (or than the start of the escalation). */
  | 'out_of_order'
  /** A date the working-day calendar needs is outside the years whose bank holidays are known. */
  | 'out_of_range'
  /** Not a date and time the simulator can read. */
  | 'invalid_date'
  /** `startAt` names a state the protocol does not allow the escalation to start at. */
  | 'invalid_start'
  /** An unknown nation, or a closure day that is not a real date. */
  | 'invalid_calendar'
  /** The routes go round in a loop that the default path cannot leave. */
  | 'too_many_steps';

/** Which input was wrong: the CLI maps these to `--start`, `--event`, `--condition`, `--start-at`. */
export type SimulationArgument = 'start' | 'event' | 'condition' | 'startAt' | 'calendar' | 'protocol';

export class SimulationError extends Error {
  readonly code: SimulationErrorCode;
  readonly argument: SimulationArgument;
  /** The offending value as the caller gave it, e.g. "step3=resolved@2026-01-09T10:00". */
  readonly value: string;
  /** For `argument: 'event'`: which of the given events (from 0), so a caller can quote what was typed. */
  readonly eventIndex: number | null;

  constructor(code: SimulationErrorCode, argument: SimulationArgument, message: string, value: string, eventIndex: number | null = null) {
    super(message);
    this.name = 'SimulationError';
    this.code = code;
    this.argument = argument;
    this.value = value;
    this.eventIndex = eventIndex;
  }
}

export function isSimulationError(error: unknown): error is SimulationError {
  return error instanceof SimulationError;
}
