// The compiled protocol as an XState v5 machine config (`xstate.json`): plain JSON that
// `createMachine` accepts once the guards, delays and actions it names are provided by
// createProtocolSetup (setup.ts). Stages nest their levels; outcomes and exits are final states.
// Kept free of the xstate package so the emitter can build it without loading XState.

import type { Machine, State, Transition } from '../../compiler/ir/types.ts';
import { indexMachine, isWithin, selfAndAncestors, transitionsFrom, type MachineIndex } from '../engine/machine-index.ts';

export interface XStateActionRef {
  type: 'beginEscalation' | 'enterState' | 'leaveState' | 'conditionHolds' | 'deadlineMissed' | 'armDeadline' | 'disarmDeadline';
  params?: { state?: string; condition?: string };
}

export interface XStateTransitionConfig {
  /** Absent only on a deadline timer's transition, which stays where it is. */
  target?: string;
  /** The name of a condition of the protocol; the guard of the same name checks it holds. */
  guard?: string;
  actions?: XStateActionRef[];
  /** The IR transition id, for tracing a step back to the protocol; or, for a timer, whose deadline it is. */
  meta: { transition: string } | { deadline: string };
}

export interface XStateNodeConfig {
  type?: 'final';
  initial?: string;
  description?: string;
  entry?: XStateActionRef[];
  exit?: XStateActionRef[];
  on?: Record<string, XStateTransitionConfig[]>;
  states?: Record<string, XStateNodeConfig>;
  meta: Record<string, unknown>;
}

/** What the machine remembers: instants as epoch milliseconds, so snapshots serialise as they are. */
export interface ProtocolContext {
  startedAt: number | null;
  conditions: Record<string, boolean>;
  enteredAt: Record<string, number>;
  exitedAt: Record<string, number>;
  /** Due moment of each state's deadline, set on entry. */
  dueAt: Record<string, number>;
  /** States whose deadline passed while they were active, in the order it happened. */
  missed: string[];
}

export interface XStateMachineConfig extends XStateNodeConfig {
  id: string;
  initial: string;
  context: ProtocolContext;
  states: Record<string, XStateNodeConfig>;
}

/**
 * The event a state's deadline timer raises, e.g. "stepladder.deadline.step2". Names in a protocol
 * cannot contain dots, so it never meets a protocol's own event.
 */
export function deadlineEventName(state: string): string {
  return `stepladder.deadline.${state}`;
}

/** `#<machine>.<stage>.<level>`: an absolute reference to a state node. */
function absolute(machine: Machine, index: MachineIndex, id: string): string {
  const path = index.states.has(id) ? selfAndAncestors(index, id).reverse().map((s) => s.id) : [id];
  return `#${machine.id}.${path.join('.')}`;
}

/** Sibling targets by name (readable), everything else absolute. */
function targetRef(machine: Machine, index: MachineIndex, from: State, t: Transition): string {
  const targetParent = t.targetKind === 'state' ? (index.states.get(t.target)?.parent ?? null) : null;
  return targetParent === from.parent ? t.target : absolute(machine, index, t.target);
}

function transitionConfig(machine: Machine, index: MachineIndex, from: State, t: Transition): XStateTransitionConfig {
  const config: XStateTransitionConfig = { target: targetRef(machine, index, from, t), meta: { transition: t.id } };
  if (t.condition !== null) config.guard = t.condition;
  // A condition that happens ("policy issues are raised") holds from then on, for later guards and deadlines.
  if (index.events.get(t.event)?.kind === 'condition') config.actions = [{ type: 'conditionHolds', params: { condition: t.event } }];
  return config;
}

/**
 * Where an `at any stage` route goes in the tree: on each state outside its target whose parent
 * encloses the target (so every other stage, and the target's sibling levels). Child states are
 * checked first in XState, so a state's own routes still win, as in the engine. On a level, its
 * stage's own routes are checked there too, before the carried one (see stateNode).
 */
function carriesGlobal(index: MachineIndex, state: State, t: Transition): boolean {
  if (t.targetKind !== 'state') return state.parent === null;
  if (isWithin(index, t.target, state.id)) return false;
  return state.parent === null || isWithin(index, t.target, state.parent);
}

function stateNode(machine: Machine, index: MachineIndex, state: State): XStateNodeConfig {
  const on: Record<string, XStateTransitionConfig[]> = {};
  const own = transitionsFrom(index, state.id);
  const global = transitionsFrom(index, null).filter((t) => carriesGlobal(index, state, t));
  // The engine tries a level's routes, then its stage's, then `at any stage` ones. An `at any stage`
  // route carried on a level would come before the stage's, so the stage's routes on the same event
  // are repeated here first; when none applies, XState goes on to the stage, which tries them again
  // (in vain: same guards, same facts) and then the root.
  const globalEvents = new Set(global.map((t) => t.event));
  const enclosing = selfAndAncestors(index, state.id)
    .slice(1)
    .flatMap((a) => transitionsFrom(index, a.id).filter((t) => globalEvents.has(t.event)));
  for (const t of [...own, ...enclosing, ...global]) (on[t.event] ??= []).push(transitionConfig(machine, index, state, t));
  const node: XStateNodeConfig = {
    entry: [{ type: 'enterState', params: { state: state.id } }],
    exit: [{ type: 'leaveState', params: { state: state.id } }],
    meta: {
      title: state.title,
      kind: state.kind,
      deadline: state.deadline.map((d) => ({
        amount: d.amount, unit: d.unit, anchor: d.anchor, further: d.further, condition: d.condition, binding: d.binding, wording: d.wording,
        // Only when stated, so machines without qualifiers export exactly as before.
        ...(d.qualifier ? { qualifier: d.qualifier } : {}),
      })),
      cumulative: state.cumulative,
      // Steps are timed actions inside the stage, not states: an application shows their due dates
      // (the runtime's dutiesAt counts them) without any transition of their own.
      ...((state.steps ?? []).length > 0 ? { steps: state.steps } : {}),
      // Forms that must be completed at the stage, for an application to ask for before moving on.
      ...((state.requiredForms ?? []).length > 0 ? { requiredForms: state.requiredForms!.map((r) => r.form) } : {}),
    },
  };
  if (state.description !== null) node.description = state.description;
  if (Object.keys(on).length > 0) node.on = on;
  if (state.deadline.length > 0) {
    // A timer the state arms on entry and disarms on exit. When it fires, the miss is recorded if
    // the due moment has passed; if not (a timer waits at most ~24.8 days), it is armed again for
    // the rest, so a deadline of any length is kept.
    const params = { state: state.id };
    node.entry = [...(node.entry ?? []), { type: 'armDeadline', params }];
    node.exit = [{ type: 'disarmDeadline', params }, ...(node.exit ?? [])];
    const timer: XStateTransitionConfig = { actions: [{ type: 'deadlineMissed', params }, { type: 'armDeadline', params }], meta: { deadline: state.id } };
    node.on = { ...(node.on ?? {}), [deadlineEventName(state.id)]: [timer] };
  }
  if (state.levels.length > 0) {
    node.initial = state.levels[0]!;
    node.states = Object.fromEntries(state.levels.map((id) => [id, stateNode(machine, index, index.states.get(id)!)]));
  }
  return node;
}

/** The XState v5 config for a compiled protocol. Same protocol, same config (key order included). */
export function toXStateConfig(machine: Machine): XStateMachineConfig {
  const index = indexMachine(machine);
  const states: Record<string, XStateNodeConfig> = {};
  for (const state of machine.states) if (state.parent === null) states[state.id] = stateNode(machine, index, state);
  for (const outcome of machine.outcomes) {
    states[outcome.id] = { type: 'final', meta: { title: outcome.title, kind: 'outcome', outcomeKind: outcome.kind, binding: outcome.binding } };
  }
  for (const exit of machine.exits) states[exit.id] = { type: 'final', meta: { title: exit.title, kind: 'exit' } };
  // The protocol's start may be a level: the root starts in its stage, which starts in that level
  // (already its first level in every protocol that keeps to the usual order).
  const initialChain = selfAndAncestors(index, machine.initial).reverse().map((s) => s.id);
  for (let i = 0; i < initialChain.length - 1; i++) lookup(states, initialChain.slice(0, i + 1)).initial = initialChain[i + 1]!;
  return {
    id: machine.id,
    initial: initialChain[0]!,
    context: {
      startedAt: null,
      conditions: Object.fromEntries(machine.conditions.map((c) => [c.id, false])),
      enteredAt: {},
      exitedAt: {},
      dueAt: {},
      missed: [],
    },
    entry: [{ type: 'beginEscalation' }],
    meta: { title: machine.meta.title, partnership: machine.meta.partnership.name, nation: machine.calendar.nation },
    states,
  };
}

function lookup(states: Record<string, XStateNodeConfig>, path: readonly string[]): XStateNodeConfig {
  let node: XStateNodeConfig | undefined;
  let scope: Record<string, XStateNodeConfig> | undefined = states;
  for (const key of path) {
    node = scope?.[key];
    scope = node?.states;
  }
  if (!node) throw new Error(`no state node at ${path.join('.')}`);
  return node;
}
