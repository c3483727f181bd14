// The checks a JSON Schema cannot make: every id a machine mentions names something the machine
// declares (the start, route sources and targets, roles, forms, conditions, events, levels). Run
// after the schema check, so the shapes here are known to be right.

import type { Deadline, Machine, RecordingDuty, State } from '../../compiler/ir/types.ts';

const quoteList = (ids: Iterable<string>): string => [...ids].map((id) => `'${id}'`).join(', ') || 'none';

export function referenceProblems(machine: Machine): string[] {
  const problems: string[] = [];
  const ids = <T extends { id: string }>(items: readonly T[]) => new Set(items.map((i) => i.id));
  const states = ids(machine.states);
  const outcomes = ids(machine.outcomes);
  const exits = ids(machine.exits);
  const events = ids(machine.events);
  const conditions = ids(machine.conditions);
  const roles = ids(machine.roles);
  const bodies = ids(machine.bodies);
  const agencies = ids(machine.agencies);
  const records = new Set([...ids(machine.forms), ...ids(machine.registers)]);
  const citations = ids(machine.citations);

  const need = (pointer: string, id: string | null | undefined, set: ReadonlySet<string>, what: string): void => {
    if (id === null || id === undefined || set.has(id)) return;
    problems.push(`${pointer}: there is no ${what} '${id}' (the ${what}s are ${quoteList(set)})`);
  };
  const duplicates = (pointer: string, items: readonly { id: string }[], what: string): void => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) problems.push(`${pointer}/${i}/id: the ${what} '${item.id}' is declared twice`);
      seen.add(item.id);
    });
  };
  const deadline = (pointer: string, d: Deadline | null): void => {
    if (!d) return;
    need(`${pointer}/condition`, d.condition, conditions, 'condition');
    if (d.anchor.kind === 'after') need(`${pointer}/anchor/state`, d.anchor.state, states, 'stage');
  };
  const duty = (pointer: string, r: RecordingDuty): void => {
    need(`${pointer}/record`, r.record, records, 'form or register');
    r.by.forEach((id, i) => need(`${pointer}/by/${i}`, id, roles, 'role'));
  };

  duplicates('/states', machine.states, 'stage');
  duplicates('/outcomes', machine.outcomes, 'outcome');
  duplicates('/exits', machine.exits, 'exit');
  duplicates('/events', machine.events, 'event');
  duplicates('/conditions', machine.conditions, 'condition');
  duplicates('/roles', machine.roles, 'role');
  need('/initial', machine.initial, states, 'stage');

  machine.states.forEach((s: State, i) => {
    const at = `/states/${i}`;
    need(`${at}/parent`, s.parent, states, 'stage');
    s.levels.forEach((id, j) => {
      need(`${at}/levels/${j}`, id, states, 'stage');
      const level = machine.states.find((l) => l.id === id);
      if (level && level.parent !== s.id) problems.push(`${at}/levels/${j}: '${id}' is listed as a level of '${s.id}' but its parent is ${level.parent === null ? 'none' : `'${level.parent}'`}`);
    });
    if (s.parent !== null && !machine.states.some((p) => p.id === s.parent && p.levels.includes(s.id))) {
      if (states.has(s.parent)) problems.push(`${at}/parent: '${s.parent}' does not list '${s.id}' among its levels`);
    }
    s.meetings.forEach((m, j) => need(`${at}/meetings/${j}/role`, m.role, roles, 'role'));
    need(`${at}/owner`, s.owner, roles, 'role');
    s.convenes.forEach((id, j) => need(`${at}/convenes/${j}`, id, bodies, 'body'));
    s.deadline.forEach((d, j) => deadline(`${at}/deadline/${j}`, d));
    s.records.forEach((r, j) => duty(`${at}/records/${j}`, r));
    s.citations.forEach((id, j) => need(`${at}/citations/${j}`, id, citations, 'citation'));
  });

  const targets: Record<string, ReadonlySet<string>> = { state: states, outcome: outcomes, exit: exits };
  machine.transitions.forEach((t, i) => {
    const at = `/transitions/${i}`;
    need(`${at}/source`, t.source, states, 'stage');
    need(`${at}/event`, t.event, events, 'event');
    need(`${at}/condition`, t.condition, conditions, 'condition');
    need(`${at}/target`, t.target, targets[t.targetKind]!, t.targetKind === 'state' ? 'stage' : t.targetKind);
  });
  machine.roles.forEach((r, i) => r.equivalents.forEach((e, j) => need(`/roles/${i}/equivalents/${j}/agency`, e.agency, agencies, 'agency')));
  machine.discretionaryStarts.forEach((d, i) => {
    need(`/discretionaryStarts/${i}/condition`, d.condition, conditions, 'condition');
    d.targets.forEach((id, j) => need(`/discretionaryStarts/${i}/targets/${j}`, id, states, 'stage'));
  });
  machine.recording.forEach((r, i) => duty(`/recording/${i}`, r));
  return problems;
}
