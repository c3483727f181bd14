// The simulator's sentences: who meets whom, when something is due and why, what to record, how a
// stage ended, and the one-sentence summary read out after each step. Plain strings only: the DOM
// code puts them in as text, never as HTML, so nothing from a protocol can become markup.

import type { Machine } from '../../../compiler/ir/types.ts';
import { NATION_NAMES } from '../../../runtime/calendar/types.ts';
import { formatLondonShort } from '../../../runtime/engine/date-time.ts';
import { formatAmount } from '../../../runtime/engine/text-view.ts';
import type { DutiesView, MeetingView, Named, NotificationView, RecordView, SimulatedEnd, SimulatedStep, TimescaleResult } from '../../../runtime/engine/types.ts';
import { currentDeadline, type CaseView } from './case-view.ts';
import type { Choice } from './choices.ts';
import { inWords } from './date-time-field.ts';

export { formatLondonShort as londonTime };

/** "the issue relates to child protection" → "The issue relates to child protection". */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function nationName(nation: keyof typeof NATION_NAMES): string {
  return NATION_NAMES[nation];
}

/** The protocol's label for an event id ("unresolved" → "Not resolved"). */
export function eventLabel(machine: Machine, id: string): string {
  return sentenceCase(machine.events.find((e) => e.id === id)?.label ?? id);
}

const names = (people: readonly Named[]): string => people.map((p) => p.title).join(', ');

export function meetingText(m: MeetingView): string {
  if (m.with && m.counterpart) return `${m.role.title} meets ${m.with.title} (their counterpart in the other agency)`;
  if (m.with) return `${m.role.title} meets ${m.with.title}`;
  return m.counterpart ? `${m.role.title} meets their counterpart in the other agency` : m.role.title;
}

/** Who is involved at a stage: its meetings, else its owner; and the bodies it convenes. */
export function peopleLines(step: SimulatedStep): string[] {
  const lines = step.meetings.map(meetingText);
  if (lines.length === 0 && step.owner) lines.push(`Led by ${step.owner.title}`);
  for (const body of step.convenes) lines.push(`Convenes ${body.title}`);
  return lines;
}

export function recordText(r: RecordView): string {
  const appendix = r.appendix ? ` (${r.appendix})` : '';
  const what = r.what ? `: ${r.what}` : '';
  const by = r.by.length > 0 ? `by ${names(r.by)}` : 'the protocol does not say by whom';
  const shared = r.sharedWith.length > 0 ? `; shared with ${names(r.sharedWith)}` : '';
  return `${r.title}${appendix}${what} (${by}${shared})`;
}

/** "Tue 22 Dec 2026 17:00" or "immediately (Fri 18 Dec 2026 16:30)". */
export function dueWhen(t: TimescaleResult): string {
  return t.spec.unit === 'immediately' ? `immediately (${formatLondonShort(t.due)})` : formatLondonShort(t.due);
}

/** "a further 2 working days after “Step 1” ended", "24 hours from entering this stage". */
export function countText(t: TimescaleResult): string {
  const amount = formatAmount(t.spec);
  if (t.spec.unit === 'immediately') return amount;
  switch (t.spec.anchor.kind) {
    case 'entry':
      return `${amount} from entering this stage`;
    case 'escalation':
      return `${amount} from the start of the escalation`;
    case 'after':
      return `${t.spec.further ? 'a further ' : ''}${amount} after “${t.anchor.title ?? t.spec.anchor.state}” ended`;
    case 'step':
      return `${t.spec.further ? 'a further ' : ''}${amount} after “${t.anchor.title ?? t.spec.anchor.step}” was due`;
  }
}

/** The protocol's words and how the due moment was counted. */
export function dueDetails(t: TimescaleResult, conditionText: (id: string) => string): string[] {
  const lines: string[] = [];
  const count = countText(t);
  const because = t.spec.condition ? `, because ${conditionText(t.spec.condition)}` : '';
  lines.push(`${sentenceCase(count)}${because}${t.spec.binding ? '' : ' (the protocol gives this as a guide only)'}.`);
  if (t.spec.wording) lines.push(`The protocol says “${t.spec.wording}”.`);
  lines.push(t.rule);
  if (t.anchor.note) lines.push(sentenceCase(t.anchor.note));
  return lines;
}

export function timescaleText(t: TimescaleResult): string {
  return `${t.spec.purpose ? `${t.spec.purpose}: ` : ''}${dueWhen(t)}`;
}

/** "Not resolved, Tue 22 Dec 2026 17:00 (at the deadline)". */
export function exitText(machine: Machine, step: SimulatedStep): string | null {
  if (!step.exit || !step.exitedAt) return null;
  const timing = { given: '', deadline: ' (at the deadline)', immediate: ' (no time given and no timescale)' }[step.exit.timing];
  return `${eventLabel(machine, step.exit.event)}, ${formatLondonShort(step.exitedAt)}${timing}`;
}

/** A button's two parts: what happened, and where it leads. */
export function choiceText(choice: Choice): { action: string; result: string } {
  const result = {
    state: `Go to ${choice.targetTitle}`,
    outcome: `Ends: ${choice.targetTitle}`,
    exit: `Leaves this procedure: ${choice.targetTitle}`,
  }[choice.targetKind];
  return { action: sentenceCase(choice.label), result };
}

export function endHeading(end: SimulatedEnd): string {
  return end.kind === 'outcome' ? `Outcome: ${end.title}` : `Leaves this procedure: ${end.title}`;
}

export function endFacts(end: SimulatedEnd): string[] {
  const lines = [`Reached ${formatLondonShort(end.at)}.`];
  if (end.body) lines.push(`Decided by ${end.body.title}.`);
  if (end.kind === 'outcome' && end.binding) lines.push('The decision is binding on the agencies.');
  return lines;
}

/** What the last step was, as the start of the announcement: "Not resolved." */
export function lastStepLead(view: CaseView, machine: Machine): string {
  const last = view.scenario.steps[view.scenario.steps.length - 1];
  // The time is said back in words, so a mistyped date is heard at once.
  return last ? `${eventLabel(machine, last.event)}, ${last.at ? inWords(last.at) : 'at the deadline'}.` : '';
}

/** The sentence read out after each change, after `lead` (by default, what the last step was). */
export function announcement(view: CaseView, machine: Machine, lead: string = lastStepLead(view, machine)): string {
  const what = lead ? `${lead} ` : '';
  if (view.end) return `${what}The case has ended: ${view.end.title}, ${formatLondonShort(view.end.at)}.`;
  const leaf = view.current[view.current.length - 1];
  if (!leaf) return `${what}The simulator cannot go on from here.`;
  const due = currentDeadline(view)?.deadline;
  const dueText = due ? `, due ${formatLondonShort(due.due)}` : ', no timescale stated';
  return `${what}Now at ${leaf.state.title}${dueText}.`;
}

/**
 * One line per step of a stage, outcome or route: "1. The other agency responds in writing — due
 * Wed 30 Dec 2026 17:00, or sooner …", with "(overdue)" once the stage outlived it.
 */
export function stepLines(duties: DutiesView, showOverdue = true): string[] {
  const verbs = { notify: 'Notify', copy: 'Copy to', refer: 'Refer to' } as const;
  const notice = (n: NotificationView) =>
    `${verbs[n.notification.kind]} ${n.to.map((t) => t.title).join(', ')}${n.notification.what ? ` ${n.notification.what}` : ''}${n.due ? `, due ${dueWhen(n.due)}` : ''}`;
  return [
    ...duties.timedSteps.flatMap((s, i) => [
      `${i + 1}. ${s.step.action}${s.by.length > 0 ? `, by ${s.by.map((b) => b.title).join(' or ')}` : ''}: ${
        s.due ? `due ${dueWhen(s.due)}${stepQualifier(s.due.spec)}` : 'no timescale stated'
      }${s.overdue && showOverdue ? ' (overdue: the stage was still open when it fell due)' : ''}`,
      ...s.notifications.map(notice),
    ]),
    ...duties.notifications.map(notice),
  ];
}

export function stepQualifier(spec: TimescaleResult['spec']): string {
  const q = spec.qualifier;
  if (!q) return '';
  return q.kind === 'sooner' ? `, or sooner ${q.text} (whichever comes first)` : `, or ${q.text} if that is later`;
}
