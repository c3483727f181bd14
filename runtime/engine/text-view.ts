// The simulation as text for a terminal or an e-mail: one block per state entered, with who meets
// whom, the due date-time with its weekday, what must be recorded, and how the state ended. Texts
// from the protocol are made safe first: control characters could otherwise drive the terminal.

import type { Amount, Deadline } from '../../compiler/ir/types.ts';
import { formatLondonShort } from './date-time.ts';
import type { DutiesView, MeetingView, Named, NotificationView, RecordView, SimulatedStep, Simulation, TimescaleResult } from './types.ts';

/** One line, no control characters (escape sequences in a protocol must not reach the terminal). */
export function plain(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
}

export function formatAmount(amount: Amount | { amount: number | null; unit: Amount['unit'] }): string {
  if (amount.unit === 'immediately' || amount.amount === null) return 'immediately';
  const n = amount.amount;
  const unit = { working_days: 'working day', calendar_days: 'calendar day', hours: 'hour' }[amount.unit];
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** "a further 2 working days after "Step 1" ended", "24 hours from entering the stage". */
function countText(t: TimescaleResult, entry = 'entering the stage'): string {
  const spec = t.spec;
  const amount = formatAmount(spec);
  if (spec.unit === 'immediately') return 'immediately';
  switch (spec.anchor.kind) {
    case 'entry':
      return `${amount} from ${entry}`;
    case 'escalation':
      return `${amount} from the start of the escalation`;
    case 'after':
      return `${spec.further ? 'a further ' : ''}${amount} after "${plain(t.anchor.title ?? spec.anchor.state)}" ended`;
    case 'step':
      return `${spec.further ? 'a further ' : ''}${amount} after "${plain(t.anchor.title ?? spec.anchor.step)}" was due`;
  }
}

function meetingText(m: MeetingView): string {
  const who = plain(m.role.title);
  if (m.with && m.counterpart) return `${who} meets ${plain(m.with.title)} (their counterpart in the other agency)`;
  if (m.with) return `${who} meets ${plain(m.with.title)}`;
  return m.counterpart ? `${who} meets their counterpart in the other agency` : who;
}

const names = (people: readonly Named[]): string => people.map((p) => plain(p.title)).join(', ');

function recordText(r: RecordView): string {
  const what = r.what ? `: ${plain(r.what)}` : '';
  const appendix = r.appendix ? ` (${plain(r.appendix)})` : '';
  const by = r.by.length > 0 ? `by ${names(r.by)}${r.inferred ? ' (implied by the source)' : ''}` : 'the protocol names no one';
  const shared = r.sharedWith.length > 0 ? `; shared with ${names(r.sharedWith)}` : '';
  return `${plain(r.title)}${appendix}${what} [${by}${shared}]`;
}

/** The part of a timescale no calendar counts: ", or sooner where the child's plan requires it". */
export function qualifierText(spec: Deadline): string {
  const q = spec.qualifier;
  if (!q) return '';
  return q.kind === 'sooner' ? `, or sooner ${plain(q.text)} (whichever comes first)` : `, or ${plain(q.text)} if that is later`;
}

function dutyLines(duties: DutiesView, pad: string, entry?: string): string[] {
  const lines: string[] = [];
  duties.timedSteps.forEach((s, i) => {
    const by = s.by.length > 0 ? ` [by ${names(s.by)}]` : '';
    const due = s.due
      ? `due ${formatLondonShort(s.due.due)}${s.overdue ? '  OVERDUE' : ''} (${countText(s.due, entry)})${qualifierText(s.due.spec)}${s.due.spec.binding ? '' : ' (indicative)'}`
      : 'no timescale stated';
    const condition = s.step.condition ? `, because ${s.step.condition} holds` : '';
    lines.push(`${pad}${i === 0 ? 'Steps     ' : '          '}${i + 1}. ${plain(s.step.action)}${by}: ${due}${condition}`);
    for (const n of s.notifications) lines.push(`${pad}             ${notificationText(n)}`);
  });
  for (const n of duties.notifications) lines.push(`${pad}Duty      ${notificationText(n)}`);
  return lines;
}

const VERBS = { notify: 'Notify', copy: 'Copy to', refer: 'Refer to' } as const;

function notificationText(n: NotificationView): string {
  const what = n.notification.what ? ` ${plain(n.notification.what)}` : '';
  const by = n.by.length > 0 ? ` [by ${names(n.by)}]` : '';
  const due = n.due ? `, due ${formatLondonShort(n.due.due)}` : '';
  const condition = n.notification.condition ? `, because ${n.notification.condition} holds` : '';
  return `${VERBS[n.notification.kind]} ${names(n.to)}${what}${by}${due}${condition}`;
}

function timescaleLine(t: TimescaleResult): string {
  const what = t.spec.purpose ? `${plain(t.spec.purpose)}: ` : '';
  const when = t.spec.unit === 'immediately' ? `immediately, ${formatLondonShort(t.due)}` : `${formatLondonShort(t.due)} (${countText(t)})`;
  return `${what}${when}`;
}

/**
 * "as the protocol states" only for a total the source states (`total …` on the stage's deadline);
 * the compiler's running total (`state.cumulative`) may be its own arithmetic, which the protocol
 * never stated, so a total without a stated one is marked "(calculated)".
 */
function totalText(step: SimulatedStep): string | null {
  if (!step.total) return null;
  const stated = step.state.deadline.find((d) => d.condition === null)?.assertedTotal ?? null;
  const total = step.total;
  const note = stated
    ? stated.amount === total.amount && stated.unit === total.unit
      ? ', as the protocol states'
      : `; the protocol states ${formatAmount(stated)}`
    : ' (calculated)';
  return `${formatAmount(total)} from the start${note}`;
}

function endedLine(step: SimulatedStep, pad = ''): string | null {
  if (!step.exitedAt || !step.exit) return null;
  const timing = { given: '', deadline: ' (at the deadline: no time given)', immediate: ' (no time given and no timescale)' }[step.exit.timing];
  const duties = [...dutyLines(step.exit.duties, pad, 'taking this route'), ...step.exit.records.map((r) => `${pad}Record    ${recordText(r)}`)];
  return [`Ended     ${formatLondonShort(step.exitedAt)}: ${step.exit.event}${timing} → ${plain(step.exit.targetTitle)}`, ...duties].join('\n');
}

/** The lines of one state, without its "Ended" line (a stage ends after its levels). */
function stepBlock(step: SimulatedStep, number: string): string[] {
  const pad = ' '.repeat(number.length + 2);
  const lines = [`${number}. ${plain(step.state.title)} [${step.state.id}]`, `${pad}Entered   ${formatLondonShort(step.enteredAt)}`];
  for (const m of step.meetings) lines.push(`${pad}Meets     ${meetingText(m)}`);
  if (step.meetings.length === 0 && step.owner) lines.push(`${pad}Owner     ${plain(step.owner.title)}`);
  for (const body of step.convenes) lines.push(`${pad}Convenes  ${plain(body.title)}`);
  const d = step.deadline;
  if (d) {
    const condition = d.spec.condition ? `, because ${d.spec.condition} holds` : '';
    const indicative = d.spec.binding ? '' : ' (indicative)';
    lines.push(`${pad}Due       ${formatLondonShort(d.due)}${d.missed ? '  MISSED' : ''} (${countText(d)}${condition})${qualifierText(d.spec)}${indicative}`);
    if (d.anchor.note) lines.push(`${pad}          Note: ${d.anchor.note}.`);
    const total = totalText(step);
    if (total) lines.push(`${pad}Total     ${total}`);
  } else if (step.state.deadline.length > 0) {
    const needs = step.state.deadline.map((c) => c.condition).filter((c): c is string => c !== null);
    lines.push(`${pad}Due       no deadline applies: each case needs a condition (${needs.join(', ')})`);
  } else if (step.state.levels.length === 0 && step.duties.timedSteps.length === 0) {
    lines.push(`${pad}Due       no timescale stated`);
  }
  lines.push(...dutyLines(step.duties, pad));
  for (const t of step.timescales) lines.push(`${pad}Also      ${timescaleLine(t)}`);
  for (const r of step.records) lines.push(`${pad}Record    ${recordText(r)}`);
  return lines;
}

/** The whole timeline as text, ending with a newline. */
export function formatSimulationText(sim: Simulation): string {
  const holding = Object.entries(sim.conditions).filter(([, v]) => v).map(([k]) => k);
  const out = [
    `${plain(sim.protocol.title)} [${sim.protocol.id}]`,
    `Escalation raised ${formatLondonShort(sim.start)}; working days in ${plain(sim.calendar.description)}; all times London time.`,
    `Conditions that hold: ${holding.length > 0 ? holding.join(', ') : 'none'}.`,
    '',
  ];
  const counters: number[] = [];
  const depthOf = new Map<string, number>();
  // "Ended" lines of the states still open at each depth, written when the walk leaves them.
  const pending: (string | null)[] = [];
  const flush = (depth: number): void => {
    while (pending.length > depth) {
      const line = pending.pop();
      if (line) out.push(line);
    }
  };
  for (const step of sim.steps) {
    const depth = step.state.parent === null ? 0 : (depthOf.get(step.state.parent) ?? 0) + 1;
    depthOf.set(step.state.id, depth);
    flush(depth);
    counters.length = depth + 1;
    counters[depth] = (counters[depth] ?? 0) + 1;
    const number = counters.join('.');
    const indent = '   '.repeat(depth) + ' '.repeat(number.length + 2);
    out.push(...stepBlock(step, number).map((line) => '   '.repeat(depth) + line));
    const ended = endedLine(step, indent);
    pending.push(ended === null ? null : indent + ended);
  }
  flush(0);
  out.push('');
  if (sim.end) {
    const label = sim.end.kind === 'outcome' ? `Outcome   ${plain(sim.end.title)}${sim.end.binding ? ' (binding)' : ''}` : `Exit      ${plain(sim.end.title)}`;
    out.push(`${label}, ${formatLondonShort(sim.end.at)}`);
    if (sim.end.body) out.push(`          Decided by ${plain(sim.end.body.title)}`);
    for (const r of sim.end.records) out.push(`Record    ${recordText(r)}`);
    out.push(...dutyLines(sim.end.duties, '', 'reaching the outcome'));
  } else if (sim.stopped) {
    out.push(`Stopped   at ${sim.stopped.state}: ${plain(sim.stopped.reason)}`);
  }
  const overdue = sim.steps.flatMap((s) => s.duties.timedSteps.filter((t) => t.overdue).map((t) => `${t.step.id} (${s.state.id}, due ${formatLondonShort(t.due!.due)})`));
  if (overdue.length > 0) out.push(`Steps overdue when the stage ended: ${overdue.join('; ')}.`);
  const missed = sim.steps.filter((s) => s.deadline?.missed);
  out.push(
    missed.length === 0
      ? 'Deadlines missed: none.'
      : `Deadlines missed: ${missed.map((s) => `${s.state.id} (due ${formatLondonShort(s.deadline!.due)}, ended ${formatLondonShort(s.exitedAt!)})`).join('; ')}.`,
  );
  return `${out.join('\n')}\n`;
}
