// The implementations behind the names in `xstate.json`: one guard per condition, and the actions
// that remember when each state began and ended, when it is due (counted in working days with the
// protocol's bank holidays), which deadlines passed, and that arm and disarm each state's timer.
//
//   const actor = createActor(createProtocolMachine(machine, { conditions: { child_protection: true } }));
//   actor.start(); actor.send({ type: 'unresolved' });

import { assign, cancel, enqueueActions, setup } from 'xstate';
import type { Machine } from '../../compiler/ir/types.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { evaluateTimescale, isCountable, selectDeadline } from '../engine/deadlines.ts';
import { indexMachine, targetTitle } from '../engine/machine-index.ts';
import type { CaseFacts } from '../engine/types.ts';
import { checkConditions, protocolCalendar } from '../engine/validate-input.ts';
import { deadlineEventName, toXStateConfig, type ProtocolContext, type XStateMachineConfig } from './config.ts';
import { RESUME_EVENT, activeStateIds, deadlineTimerId, planResume } from './resume.ts';
import { MAX_TIMER_DELAY } from './timer-limit.ts';
import { describeUnhandled, type UnhandledEvent } from './unhandled.ts';

export { MAX_TIMER_DELAY };

export interface ProtocolSetupOptions {
  /** The clock for anchors and due moments. Default: the real time. Tests pass a simulated clock. */
  readonly now?: (() => Date) | undefined;
  /** Default: the protocol's own calendar (its nation and closure days). */
  readonly calendar?: WorkingCalendar | undefined;
  /** Case facts that hold from the start, e.g. `{ child_protection: true }`. */
  readonly conditions?: CaseFacts | undefined;
  /**
   * Called with an event the current state cannot take (no route, or its condition does not hold),
   * which XState alone would ignore silently. Default: `console.warn` with a sentence saying why.
   */
  readonly onUnhandledEvent?: ((unhandled: UnhandledEvent) => void) | undefined;
}

/** Any event of the protocol: `{ type: 'unresolved' }`, `{ type: 'policy_issues' }`… */
export interface ProtocolEvent {
  readonly type: string;
}

type StateParams = { state: string };
type ConditionParams = { condition: string };

export function createProtocolSetup(machine: Machine, options: ProtocolSetupOptions = {}) {
  const index = indexMachine(machine);
  const now = options.now ?? (() => new Date());
  const cal = options.calendar ?? protocolCalendar(machine);
  // Unknown condition names throw SimulationError('unknown_condition') here, not silently never hold.
  const startFacts = checkConditions(index, options.conditions);

  /** Due moment of `state`'s deadline, given what the context knows on entering it (ms), or null. */
  const dueOnEntry = (context: ProtocolContext, state: string, enteredAt: Date): number | null => {
    const spec = selectDeadline(index.states.get(state)?.deadline ?? [], context.conditions);
    if (!spec || !isCountable(spec)) return null;
    const ended = (id: string) => (context.exitedAt[id] === undefined ? undefined : new Date(context.exitedAt[id]));
    const start = new Date(context.startedAt ?? enteredAt.getTime());
    // Throws CalendarError('out_of_range') past the known bank holidays: the actor stops with an
    // error rather than run on a guessed deadline.
    return evaluateTimescale(spec, { start, enteredAt, endedAt: ended, titleOf: (id) => targetTitle(index, id) }, cal).due.getTime();
  };

  const guards = Object.fromEntries(
    machine.conditions.map((c) => [c.id, ({ context }: { context: ProtocolContext }) => context.conditions[c.id] === true]),
  );
  const timerId = deadlineTimerId;
  const onUnhandled = options.onUnhandledEvent ?? ((u: UnhandledEvent) => console.warn(u.message));

  return setup({
    types: {} as { context: ProtocolContext; events: ProtocolEvent },
    guards,
    actions: {
      beginEscalation: assign(({ context }) => ({
        startedAt: now().getTime(),
        conditions: { ...context.conditions, ...startFacts },
      })),
      enterState: assign(({ context }, params: StateParams) => {
        const at = now();
        const due = dueOnEntry(context, params.state, at);
        const dueAt = { ...context.dueAt };
        if (due === null) delete dueAt[params.state];
        else dueAt[params.state] = due;
        return { enteredAt: { ...context.enteredAt, [params.state]: at.getTime() }, dueAt };
      }),
      leaveState: assign(({ context }, params: StateParams) => ({
        exitedAt: { ...context.exitedAt, [params.state]: now().getTime() },
      })),
      conditionHolds: assign(({ context }, params: ConditionParams) => ({
        conditions: { ...context.conditions, [params.condition]: true },
      })),
      deadlineMissed: assign(({ context }, params: StateParams) => {
        const due = context.dueAt[params.state];
        if (due === undefined || now().getTime() < due || context.missed.includes(params.state)) return {};
        return { missed: [...context.missed, params.state] };
      }),
      // Waits until the due moment, at most MAX_TIMER_DELAY at a time (setTimeout's limit): a timer
      // that fires early finds the deadline not yet passed and arms this again for the rest.
      armDeadline: enqueueActions(({ context, enqueue }, params: StateParams) => {
        const due = context.dueAt[params.state];
        // No case applies (only conditional ones, none holding), or the miss is already recorded.
        if (due === undefined || context.missed.includes(params.state)) return;
        const delay = Math.min(MAX_TIMER_DELAY, Math.max(0, due - now().getTime()));
        enqueue.raise({ type: deadlineEventName(params.state) }, { id: timerId(params.state), delay });
      }),
      disarmDeadline: cancel((_, params: StateParams) => timerId(params.state)),
      // After a restore (resume.ts): deadlines that passed while stored are recorded now, in the
      // order they fell due; the others are armed again for the time left.
      resumeDeadlines: enqueueActions(({ context, enqueue, self }) => {
        const plan = planResume(context, activeStateIds(self.getSnapshot().value), now().getTime());
        if (plan.missed.length > 0) enqueue.assign({ missed: [...context.missed, ...plan.missed] });
        for (const { state, delay } of plan.timers) {
          enqueue.cancel(timerId(state));
          enqueue.raise({ type: deadlineEventName(state) }, { id: timerId(state), delay });
        }
      }),
      reportUnhandled: ({ event, self }) => onUnhandled(describeUnhandled(index, event, self.getSnapshot().value)),
    },
  });
}

export type ProtocolSetup = ReturnType<typeof createProtocolSetup>;

/**
 * A ready machine for a protocol already checked (by loadMachine, or by the build that wrote it):
 * the protocol's XState config (or one loaded from `xstate.json`) with the guards, delays and
 * actions it names. Kept apart from the validator so the site's simulator bundle leaves TypeBox
 * and the schema out; createProtocolMachine (checked-machine.ts) checks the machine first.
 */
export function createTrustedProtocolMachine(machine: Machine, options: ProtocolSetupOptions = {}, config?: XStateMachineConfig) {
  const base = config ?? toXStateConfig(machine);
  // Added here rather than in xstate.json: what to do on a restore, and on an event the active
  // states cannot take (the root's wildcard is tried only when no state handles the event).
  const withRuntimeEvents = {
    ...base,
    on: { ...(base.on ?? {}), [RESUME_EVENT]: { actions: [{ type: 'resumeDeadlines' }] }, '*': { actions: [{ type: 'reportUnhandled' }] } },
  };
  // The JSON config is checked by its own type, not XState's literal inference; the names it uses
  // are exactly the ones createProtocolSetup provides.
  return createProtocolSetup(machine, options).createMachine(withRuntimeEvents as never);
}
