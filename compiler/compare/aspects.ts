// The rows of a comparison of protocols: one function per aspect, each reading one compiled
// protocol (and, for timings, a simulated walk of it from the shared start date) and returning the
// lines of its cell. Only what the protocol states is shown; "Not stated" otherwise.
import { formatAmount, formatLondonShort, type Simulation } from '../../runtime/index.ts';
import { recordSentence } from '../emitters/mermaid/flow-describe.ts';
import { deadlineCondition, deadlineWording, namer, oneLine } from '../emitters/print-shared/text.ts';
import type { Machine, State } from '../ir/types.ts';

export const NOT_STATED = 'Not stated in this protocol';

export interface Subject {
  machine: Machine;
  /** The walk that takes the default route at every stage, each ending at its deadline (the worst case). */
  walk: Simulation;
}

export interface Aspect {
  id: string;
  label: string;
  cell(subject: Subject): string[];
}

const stages = (machine: Machine): State[] => machine.states.filter((s) => s.parent === null);

const orNotStated = (lines: string[]): string[] => (lines.length > 0 ? lines : [NOT_STATED]);

function meets(machine: Machine, state: State): string {
  const names = namer(machine);
  const people = state.meetings.map((m) => (m.with ? `${names.role(m.role)} meets ${names.role(m.with)}` : m.counterpart ? `${names.role(m.role)} meets their counterpart` : names.role(m.role)));
  const bodies = state.convenes.map((b) => `${names.body(b)} meets`);
  const lead = people.length === 0 && bodies.length === 0 && state.owner ? [`led by ${names.role(state.owner)}`] : [];
  const all = [...people, ...bodies, ...lead];
  return all.length > 0 ? all.join('; ') : 'who meets is not stated';
}

/** "Tue 22 Dec 2026 17:00 (2 working days)": when a stage's deadline falls, and how long that is from the start. */
function dueText(step: Simulation['steps'][number]): string | null {
  if (!step.deadline) return null;
  const total = step.total ? ` (${formatAmount(step.total)} from the start)` : '';
  return `${formatLondonShort(step.deadline.due)}${total}`;
}

export const ASPECTS: readonly Aspect[] = [
  {
    id: 'stages',
    label: 'Stages',
    cell: ({ machine }) => {
      const list = stages(machine);
      return [`${list.length} ${list.length === 1 ? 'stage' : 'stages'}`, ...list.map((s) => oneLine(s.title))];
    },
  },
  {
    id: 'meetings',
    label: 'Who meets at each stage',
    cell: ({ machine }) => machine.states.map((s) => `${oneLine(s.title)}: ${meets(machine, s)}`),
  },
  {
    id: 'timings',
    label: 'Deadline of each stage, for the same start (calculated)',
    cell: ({ walk }) => orNotStated(walk.steps.flatMap((step) => {
      const due = dueText(step);
      return due ? [`${oneLine(step.state.title)}: ${due}`] : [];
    })),
  },
  {
    id: 'final',
    label: 'Time to the end of the last stage (calculated)',
    cell: ({ walk }) => {
      const last = [...walk.steps].reverse().find((s) => s.deadline);
      const end = walk.end ? [`Ends in: ${oneLine(walk.end.title)}`] : [];
      if (!last) return [NOT_STATED, ...end];
      return [dueText(last)!, ...end];
    },
  },
  {
    id: 'urgent',
    label: 'Urgent routes and their timescales',
    cell: ({ machine }) => {
      const names = namer(machine);
      const routes = machine.transitions
        .filter((t) => t.event === 'urgent' || t.condition !== null)
        .map((t) => `${t.source ? oneLine(names.state(t.source)) : 'At any stage'}: ${t.condition ? `if ${names.condition(t.condition)}` : 'if urgent'} → ${oneLine(names.target(t.target))}`);
      const starts = machine.discretionaryStarts
        .filter((s) => s.condition)
        .map((s) => `May start at ${s.any ? 'any stage' : s.targets.map((t) => oneLine(names.state(t))).join(' or ')} if ${names.condition(s.condition!)}`);
      const deadlines = machine.states.flatMap((s) =>
        s.deadline.filter((d) => d.condition).map((d) => `${oneLine(s.title)}: ${deadlineCondition(d, names) ?? ''}${deadlineCondition(d, names) ? ', ' : ''}“${oneLine(deadlineWording(d, names))}”`),
      );
      return orNotStated([...starts, ...routes, ...deadlines]);
    },
  },
  {
    id: 'decision',
    label: 'Who makes the final decision, and whether it binds',
    cell: ({ machine }) => {
      const names = namer(machine);
      return orNotStated(
        machine.outcomes
          .filter((o) => o.kind === 'decision')
          .map((o) => `${oneLine(o.title)}: by ${o.body ? oneLine(names.body(o.body)) : 'a decider the protocol does not name'}; ${o.binding ? 'binding, as the protocol says' : 'whether it binds is not stated'}`),
      );
    },
  },
  {
    id: 'recording',
    label: 'Recording duties',
    cell: ({ machine }) => {
      const duties = [
        ...machine.recording.map((d) => recordSentence(machine, d)),
        ...machine.states.flatMap((s) => s.records.filter((d) => d.origin === 'state').map((d) => `${oneLine(s.title)}: ${recordSentence(machine, d)}`)),
        ...machine.outcomes.flatMap((o) => o.records.map((d) => `${oneLine(o.title)}: ${recordSentence(machine, d)}`)),
      ];
      return orNotStated([...new Set(duties)]);
    },
  },
  {
    id: 'forms',
    label: 'Forms',
    cell: ({ machine }) => orNotStated(machine.forms.map((f) => `${oneLine(f.title)}${f.appendix ? ` (${oneLine(f.appendix)})` : ''}`)),
  },
];
