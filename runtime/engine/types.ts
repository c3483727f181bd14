// The simulator's inputs and its answer, as plain data. Times are Date instants; the JSON view
// (json-view.ts) writes them as London-offset ISO strings for integrations.

import type { Amount, Deadline, Nation, Notification, Outcome, State, Step, Transition } from '../../compiler/ir/types.ts';
import type { ClosureDay, IsoDate } from '../calendar/types.ts';
import type { SuppliedHolidays } from '../calendar/supplied-holidays.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';

/** Case facts: which of the protocol's conditions hold, e.g. `{ child_protection: true }`. */
export type CaseFacts = Readonly<Record<string, boolean>>;

/** Something that happened in one state: `step2=resolved@2026-01-09T10:00`. */
export interface TimelineEvent {
  /** The stage or level the event happens in. It must be active when the event comes. */
  readonly state: string;
  /** One of the machine's `events` ids (resolved, unresolved, urgent, non_urgent, decided or a condition id). */
  readonly event: string;
  /** When it happened. Left out: at the state's deadline (the worst case the protocol allows). */
  readonly at?: Date | undefined;
}

export interface SimulationOptions {
  /** T0: the moment the escalation was raised. */
  readonly start: Date;
  /** Events in time order. After the last one the walk follows the default path (see docs/simulate.md). */
  readonly events?: readonly TimelineEvent[] | undefined;
  /** Conditions that hold for this case. Unlisted conditions do not hold. */
  readonly conditions?: CaseFacts | undefined;
  /** Start somewhere other than the protocol's usual start (only where a discretionary start allows it). */
  readonly startAt?: string | undefined;
  /** Replaces the protocol's `calendar.nation`. */
  readonly nation?: Nation | undefined;
  /** Closure days added to the protocol's own `calendar.closures`. */
  readonly closureDays?: readonly (IsoDate | ClosureDay)[] | undefined;
  /** Bank holidays beyond the built-in years (or correcting them): see parseBankHolidays. */
  readonly bankHolidays?: SuppliedHolidays | undefined;
  /** A ready-made calendar; when given, `nation`, `closureDays` and the protocol's calendar are not used. */
  readonly calendar?: WorkingCalendar | undefined;
}

export interface Named {
  readonly id: string;
  readonly title: string;
}

export interface MeetingView {
  readonly role: Named;
  /** The role met, when the protocol names one. */
  readonly with: Named | null;
  /** Meets the equivalent role in the other agency. */
  readonly counterpart: boolean;
}

export interface RecordView {
  readonly record: string;
  readonly title: string;
  readonly kind: 'form' | 'register';
  /** "Appendix 1" for forms a protocol publishes as appendices. */
  readonly appendix: string | null;
  /** Who completes it; empty when the protocol names no one. */
  readonly by: readonly Named[];
  readonly sharedWith: readonly Named[];
  readonly what: string | null;
  readonly when: 'stage' | 'every_stage' | 'outcome' | 'route';
  /** Present when the duty applies only when this condition holds. */
  readonly condition?: string;
  /** The author's reason when who records is inferred rather than stated by the source. */
  readonly inferred?: string | null;
}

/** How an anchor was found: as the protocol says, or a fallback because the named state was never part of the walk. */
export interface AnchorView {
  readonly kind: 'entry' | 'escalation' | 'after' | 'step';
  /** For `after`: the state whose end starts the count; for `step`: the step whose due moment does. */
  readonly state: string | null;
  /** The title of `state`, for explanations. */
  readonly title: string | null;
  readonly at: Date;
  /** Set when the anchor could not be used as written, saying what was used instead. */
  readonly note: string | null;
}

export interface TimescaleResult {
  /** The deadline case from the protocol (amount, unit, condition, wording…). */
  readonly spec: Deadline;
  readonly anchor: AnchorView;
  readonly due: Date;
  /** How the due moment was counted, in plain English (from the calendar's computeDue). */
  readonly rule: string;
}

export interface DeadlineResult extends TimescaleResult {
  /** The state ended after its due moment. */
  readonly missed: boolean;
}

/** A named step of a stage, outcome or route that applies to this case, and when it falls due. */
export interface TimedStepResult {
  readonly step: Step;
  readonly by: readonly Named[];
  /** Null when the step states no timescale (or one no calendar can count). */
  readonly due: TimescaleResult | null;
  /**
   * The stage was still open when the step fell due, so nothing in the walk shows it was done in
   * time: the simulator calls it overdue. Always false on outcomes and routes (they do not stay open).
   */
  readonly overdue: boolean;
  readonly notifications: readonly NotificationView[];
}

/** A notification, copy or referral that applies to this case. */
export interface NotificationView {
  readonly notification: Notification;
  readonly to: readonly Named[];
  readonly by: readonly Named[];
  readonly due: TimescaleResult | null;
}

/** What people must do because a route was taken, an outcome reached or a stage entered. */
export interface DutiesView {
  readonly timedSteps: readonly TimedStepResult[];
  readonly notifications: readonly NotificationView[];
}

/**
 * How the walk left a state. `given`: the event came with a time. `deadline`: no time was given,
 * so the state is taken to end at its deadline (the worst case). `immediate`: no time and no
 * deadline, so the state is taken to end as soon as it began.
 */
export type ExitTiming = 'given' | 'deadline' | 'immediate';

export interface StepExit {
  readonly event: string;
  readonly transition: Transition;
  /** Title of the state, outcome or exit the route leads to. */
  readonly targetTitle: string;
  readonly timing: ExitTiming;
  /** Steps, notifications and records the route itself carries, counted from taking it. */
  readonly duties: DutiesView;
  readonly records: readonly RecordView[];
}

export interface SimulatedStep {
  readonly state: State;
  readonly enteredAt: Date;
  /** Null only when the walk stopped in this state (see Simulation.stopped). */
  readonly exitedAt: Date | null;
  readonly exit: StepExit | null;
  readonly owner: Named | null;
  readonly meetings: readonly MeetingView[];
  readonly convenes: readonly Named[];
  /** The stage deadline case that applied, or null when the state has none (or no case applies). */
  readonly deadline: DeadlineResult | null;
  readonly timescales: readonly TimescaleResult[];
  /** The protocol's worst-case total from the start of the escalation (`state.cumulative`). */
  readonly cumulative: Amount | null;
  /** The simulated time from the start to `deadline.due`, in the unit of `cumulative` (or of the deadline). */
  readonly total: Amount | null;
  readonly records: readonly RecordView[];
  /** The stage's own steps and notifications that apply to this case, counted from entering it. */
  readonly duties: DutiesView;
}

export interface SimulatedEnd {
  readonly kind: 'outcome' | 'exit';
  readonly id: string;
  readonly title: string;
  readonly at: Date;
  readonly description: string | null;
  /** Outcomes only: the outcome's kind and whether it binds the agencies. */
  readonly outcomeKind: Outcome['kind'] | null;
  readonly binding: boolean;
  /** The body that decides, for decision outcomes. */
  readonly body: Named | null;
  readonly records: readonly RecordView[];
  /** The outcome's steps and notifications that apply to this case, counted from reaching it. */
  readonly duties: DutiesView;
}

export interface Simulation {
  readonly protocol: Named;
  readonly calendar: { readonly nation: Nation; readonly closureDays: readonly ClosureDay[]; readonly description: string };
  readonly start: Date;
  /** The first state entered (the protocol's start, or `startAt`). */
  readonly startState: string;
  /** Every condition of the protocol and whether it held at the start. */
  readonly conditions: CaseFacts;
  /** Every state entered, in order; a stage comes before its levels. */
  readonly steps: readonly SimulatedStep[];
  /** The outcome or exit reached, or null when the walk stopped. */
  readonly end: SimulatedEnd | null;
  /** Set when no route could be taken without an event the caller did not give (e.g. only a condition route). */
  readonly stopped: { readonly state: string; readonly reason: string } | null;
}
