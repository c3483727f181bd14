// The one-paragraph description a screen reader announces for the chart (`accDescr`). It says what the
// picture holds and points to the full text version, which carries the detail.
import type { Machine } from '../../ir/types.ts';
import { stateById } from './flow-describe.ts';

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function describeChart(machine: Machine): string {
  const stages = machine.states.filter((s) => s.parent === null);
  const levels = machine.states.length - stages.length;
  const first = stateById(machine, machine.initial)?.title ?? machine.initial;
  const parts = [
    `Escalation flowchart of ${machine.meta.partnership.name}.`,
    `${stages.length} stages${levels > 0 ? ` (with ${levels} levels within them)` : ''}, starting at ${first}.`,
    `Each stage shows who meets, the timescale and what to record; labelled arrows show where an unresolved, urgent or decided case goes.`,
  ];
  if (machine.outcomes.length > 0) parts.push(`It ends in: ${list(machine.outcomes.map((o) => o.title))}.`);
  if (machine.discretionaryStarts.length > 0) parts.push('Dashed hexagons show where a case may start at discretion.');
  if (machine.exits.length > 0) parts.push(`Dashed arrows lead out of this procedure to: ${list(machine.exits.map((x) => x.title))}.`);
  parts.push('A text version of this flowchart is published with it.');
  return parts.join(' ');
}
