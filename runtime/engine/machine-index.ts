// Lookups over a compiled protocol that the simulator and the XState setup both need: states by
// id, their ancestors, the leaf a stage is entered through, and titles for roles, bodies and
// records. Built once per simulation; the Machine itself is never changed.

import type { Body, Exit, Machine, MachineEvent, Outcome, Role, State, Transition } from '../../compiler/ir/types.ts';

export interface MachineIndex {
  readonly machine: Machine;
  readonly states: ReadonlyMap<string, State>;
  readonly outcomes: ReadonlyMap<string, Outcome>;
  readonly exits: ReadonlyMap<string, Exit>;
  readonly events: ReadonlyMap<string, MachineEvent>;
  readonly conditions: ReadonlySet<string>;
  readonly roles: ReadonlyMap<string, Role>;
  readonly bodies: ReadonlyMap<string, Body>;
  /** Forms and registers, by id, with their titles. */
  readonly records: ReadonlyMap<string, { readonly title: string; readonly appendix: string | null }>;
  /**
   * Each state's own routes (null: `at any stage`), in protocol order: looked up per state rather
   * than filtered out of every transition, which made large protocols quadratic.
   */
  readonly transitionsFrom: ReadonlyMap<string | null, readonly Transition[]>;
}

function bySource(transitions: readonly Transition[]): Map<string | null, Transition[]> {
  const map = new Map<string | null, Transition[]>();
  for (const t of transitions) {
    const list = map.get(t.source);
    if (list) list.push(t);
    else map.set(t.source, [t]);
  }
  return map;
}

/** A state's own routes (null: the `at any stage` ones), in protocol order. */
export function transitionsFrom(index: MachineIndex, source: string | null): readonly Transition[] {
  return index.transitionsFrom.get(source) ?? [];
}

function byId<T extends { readonly id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

export function indexMachine(machine: Machine): MachineIndex {
  return {
    machine,
    states: byId(machine.states),
    outcomes: byId(machine.outcomes),
    exits: byId(machine.exits),
    events: byId(machine.events),
    conditions: new Set(machine.conditions.map((c) => c.id)),
    roles: byId(machine.roles),
    bodies: byId(machine.bodies),
    records: new Map([
      ...machine.forms.map((f) => [f.id, { title: f.title, appendix: f.appendix }] as const),
      ...machine.registers.map((r) => [r.id, { title: r.title, appendix: null }] as const),
    ]),
    transitionsFrom: bySource(machine.transitions),
  };
}

export function stateOf(index: MachineIndex, id: string): State {
  const state = index.states.get(id);
  // The IR is validated against its schema; a dangling id is a compiler bug, not bad input.
  if (!state) throw new Error(`the compiled protocol has no state '${id}'`);
  return state;
}

/** The state and its enclosing stages, innermost first. */
export function selfAndAncestors(index: MachineIndex, id: string): State[] {
  const chain: State[] = [];
  for (let state: State | undefined = stateOf(index, id); state; state = state.parent ? stateOf(index, state.parent) : undefined) {
    chain.push(state);
  }
  return chain;
}

/** Entering a stage with levels enters its first level, recursively: the state that ends up active. */
export function entryLeaf(index: MachineIndex, id: string): State {
  const state = stateOf(index, id);
  const first = state.levels[0];
  return first === undefined ? state : entryLeaf(index, first);
}

/** True when `inner` is `outer` or one of its levels (at any depth). */
export function isWithin(index: MachineIndex, inner: string, outer: string): boolean {
  return selfAndAncestors(index, inner).some((s) => s.id === outer);
}

export function roleTitle(index: MachineIndex, id: string): string {
  const role = index.roles.get(id);
  // Whose agency, when the protocol says (`side own | other`).
  const side = role?.side === 'own' ? ' (your agency)' : role?.side === 'other' ? ' (the other agency)' : '';
  return role ? `${role.title}${side}` : id;
}

export function bodyTitle(index: MachineIndex, id: string): string {
  return index.bodies.get(id)?.title ?? id;
}

/** Title of a state, outcome or exit. */
export function targetTitle(index: MachineIndex, id: string): string {
  return index.states.get(id)?.title ?? index.outcomes.get(id)?.title ?? index.exits.get(id)?.title ?? id;
}
