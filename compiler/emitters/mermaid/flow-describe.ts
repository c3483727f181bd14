// Plain-text phrasing of the facts a flowchart shows: who meets whom, timescales, recording duties and
// route labels. Shared by the Mermaid chart and its text alternative so the two always say the same
// thing. Returns unescaped text: each output format escapes it where it lands.
import type { Amount, Deadline, Machine, Meeting, Notification, RecordingDuty, State, Step, Transition } from '../../ir/types.ts';
import { totalIsStated } from '../print-shared/totals.ts';

const UNIT_NAMES: Record<Exclude<Amount['unit'], 'immediately'>, [string, string]> = {
  working_days: ['working day', 'working days'],
  calendar_days: ['day', 'days'],
  hours: ['hour', 'hours'],
};

export function amountText(amount: number | null, unit: Amount['unit']): string {
  if (unit === 'immediately') return 'immediately';
  const [one, many] = UNIT_NAMES[unit];
  return `${amount ?? '?'} ${amount === 1 ? one : many}`;
}

export function roleTitle(machine: Machine, id: string): string {
  const role = machine.roles.find((r) => r.id === id);
  return role ? `${role.title}${sideSuffix(role.side)}` : id;
}

/** Whose agency a role is in, when the protocol says: " (your agency)", " (the other agency)". */
export function sideSuffix(side: 'own' | 'other' | undefined): string {
  return side === 'own' ? ' (your agency)' : side === 'other' ? ' (the other agency)' : '';
}

export function bodyTitle(machine: Machine, id: string): string {
  return machine.bodies.find((b) => b.id === id)?.title ?? id;
}

export function recordTitle(machine: Machine, id: string): string {
  return machine.forms.find((f) => f.id === id)?.title ?? machine.registers.find((r) => r.id === id)?.title ?? id;
}

export function conditionText(machine: Machine, id: string): string {
  return machine.conditions.find((c) => c.id === id)?.text ?? id;
}

export function stateById(machine: Machine, id: string): State | undefined {
  return machine.states.find((s) => s.id === id);
}

/** "Step 1" from "Step 1 – Direct Professional to Professional Discussion": short enough for a route label. */
export function shortTitle(title: string): string {
  const head = title.split(/\s[–—-]\s|:\s/u)[0]?.trim() ?? title;
  return head.length > 0 && head.length <= 24 ? head : title;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Frontline professional ↔ counterpart", "Line manager ↔ Head of Service", or the role alone. */
export function meetingText(machine: Machine, meeting: Meeting): string {
  const role = roleTitle(machine, meeting.role);
  if (meeting.with) return `${role} ↔ ${roleTitle(machine, meeting.with)}`;
  if (meeting.counterpart) return `${role} ↔ counterpart`;
  return role;
}

function deadlineCaseText(machine: Machine, d: Deadline): string {
  let text = d.unit === 'immediately' ? 'immediately' : `within ${d.further ? 'a further ' : ''}${amountText(d.amount, d.unit)}`;
  // A "further" timescale already says it follows the stage before; naming that stage again is noise.
  if (d.anchor.kind === 'after' && !d.further) text += ` of ${shortTitle(stateById(machine, d.anchor.state)?.title ?? d.anchor.state)}`;
  if (d.anchor.kind === 'escalation' && d.unit !== 'immediately') text += ' of escalation';
  if (d.anchor.kind === 'step') text += ` of “${stepAction(machine, d.anchor.step)}”`;
  if (!d.binding) text += ' (indicative)';
  return text + qualifierText(d);
}

/** The part of a timescale no calendar counts, said wherever its number is said. */
export function qualifierText(d: Deadline): string {
  if (!d.qualifier) return '';
  return d.qualifier.kind === 'sooner' ? `, or sooner ${d.qualifier.text} (whichever comes first)` : `, or ${d.qualifier.text} if that is later`;
}

function stepAction(machine: Machine, id: string): string {
  for (const holder of [...machine.states, ...machine.outcomes, ...machine.transitions]) {
    const step = holder.steps?.find((s) => s.id === id);
    if (step) return step.action;
  }
  return id;
}

/** A role, body or agency by its title. */
export function recipientTitle(machine: Machine, id: string): string {
  return machine.agencies.find((a) => a.id === id)?.title ?? machine.bodies.find((b) => b.id === id)?.title ?? roleTitle(machine, id);
}

const NOTIFY_VERBS: Record<Notification['kind'], string> = { notify: 'Notify', copy: 'Copy to', refer: 'Refer to' };

/** "Notify Partnership business unit that the matter has moved to stage 3 (by Line manager)". */
export function notificationText(machine: Machine, n: Notification): string {
  const what = n.what ? ` ${n.what}` : '';
  const when = n.deadline ? ` ${deadlineCaseText(machine, n.deadline)}` : '';
  const by = n.by.length > 0 ? `, by ${n.by.map((r) => roleTitle(machine, r)).join(' or ')}` : '';
  const condition = n.condition ? `, only if ${conditionText(machine, n.condition)}` : '';
  return `${NOTIFY_VERBS[n.kind]} ${n.to.map((t) => recipientTitle(machine, t)).join(', ')}${what}${when}${by}${condition}`;
}

/** "The other agency responds in writing: within 4 working days", with who and any condition. */
export function stepText(machine: Machine, step: Step): string {
  const by = step.by.length > 0 ? `, by ${step.by.map((r) => roleTitle(machine, r)).join(' or ')}` : '';
  const when = step.deadline ? `: ${deadlineCaseText(machine, step.deadline)}` : '';
  const condition = step.condition ? `, only if ${conditionText(machine, step.condition)}` : '';
  return `${step.action}${by}${when}${condition}`;
}

/**
 * The stage deadline as one line: conditional cases first, then the default ("within 24 hours if the issue
 * relates to child protection, otherwise within 7 working days"), then the worst-case total when it adds
 * something. Null when the stage states no deadline.
 */
export function deadlineText(machine: Machine, state: State, totalSeparator = ' · '): string | null {
  if (state.deadline.length === 0) return null;
  const conditional = state.deadline.filter((d) => d.condition !== null);
  const defaults = state.deadline.filter((d) => d.condition === null);
  const parts = conditional.map((d) => `${deadlineCaseText(machine, d)} if ${conditionText(machine, d.condition ?? '')}`);
  for (const d of defaults) parts.push(`${parts.length > 0 ? 'otherwise ' : ''}${deadlineCaseText(machine, d)}`);
  let text = parts.join(', ');
  const total = state.cumulative;
  const only = state.deadline.length === 1 ? state.deadline[0] : undefined;
  const totalRepeatsDeadline = only !== undefined && !only.further && only.amount === total?.amount && only.unit === total?.unit;
  if (total && total.unit !== 'immediately' && !totalRepeatsDeadline) {
    // A total the source does not state is the compiler's arithmetic, and says so.
    text += `${totalSeparator}${conditional.length > 0 ? 'up to ' : ''}${amountText(total.amount, total.unit)} in total${totalIsStated(state) ? '' : ' (calculated)'}`;
  }
  return capitalise(text);
}

/** Timescales inside a stage other than its deadline ("The discussion: immediately"). */
export function otherTimescaleTexts(machine: Machine, state: State): string[] {
  return state.timescales.map((d) => {
    const when = capitalise(deadlineCaseText(machine, d));
    const cond = d.condition ? ` if ${conditionText(machine, d.condition)}` : '';
    return d.purpose ? `${capitalise(d.purpose)}: ${when.toLowerCase()}${cond}` : `${when}${cond}`;
  });
}

/** Distinct record titles, in first-mention order. */
export function recordTitles(machine: Machine, duties: RecordingDuty[]): string[] {
  const titled = (d: RecordingDuty) => `${recordTitle(machine, d.record)}${d.condition ? ` (only if ${conditionText(machine, d.condition)})` : ''}`;
  return [...new Set(duties.map(titled))];
}

/** Titles of the forms a stage requires (`required form`), in the order the protocol names them. */
export function requiredFormTitles(machine: Machine, state: State): string[] {
  return (state.requiredForms ?? []).map((r) => recordTitle(machine, r.form));
}

/** One sentence per duty for the text alternative: what is recorded, where, by whom, shared with whom. */
export function recordSentence(machine: Machine, duty: RecordingDuty): string {
  const implied = duty.inferred ? ' (implied by the source)' : '';
  const by = duty.by.length > 0 ? ` by ${duty.by.map((r) => roleTitle(machine, r)).join(' and ')}${implied}` : '';
  const what = duty.what ? `: ${duty.what}` : '';
  const shared = duty.sharedWith.length > 0 ? `; shared with ${duty.sharedWith.map((r) => roleTitle(machine, r)).join(', ')}` : '';
  const condition = duty.condition ? `, only if ${conditionText(machine, duty.condition)}` : '';
  return `Record in ${recordTitle(machine, duty.record)}${by}${what}${shared}${condition}`;
}

export function eventLabel(machine: Machine, eventId: string): string {
  const event = machine.events.find((e) => e.id === eventId);
  if (event?.kind === 'condition' || (!event && machine.conditions.some((c) => c.id === eventId))) {
    return `If ${event?.label ?? conditionText(machine, eventId)}`;
  }
  return capitalise(event?.label ?? eventId.replace(/_/g, '-'));
}

/** The label of a route: its event, and its guard when it has one. */
export function routeLabel(machine: Machine, t: Transition): string {
  const label = eventLabel(machine, t.event);
  return t.condition ? `${label}, if ${conditionText(machine, t.condition)}` : label;
}

export function targetTitle(machine: Machine, t: Transition): string {
  if (t.targetKind === 'outcome') return machine.outcomes.find((o) => o.id === t.target)?.title ?? t.target;
  if (t.targetKind === 'exit') return machine.exits.find((x) => x.id === t.target)?.title ?? t.target;
  return stateById(machine, t.target)?.title ?? t.target;
}

/** What a route obliges people to do when it is taken: its steps, notifications and records. */
export function routeDutyTexts(machine: Machine, t: Transition): string[] {
  return [
    ...(t.steps ?? []).map((s) => stepText(machine, s)),
    ...(t.notifications ?? []).map((n) => notificationText(machine, n)),
    ...(t.records ?? []).map((r) => recordSentence(machine, r)),
  ];
}

/** Who leads a stage when nobody "meets": its owner, and the bodies it convenes. */
export function leadTexts(machine: Machine, state: State): string[] {
  const lines: string[] = [];
  if (state.meetings.length === 0 && state.owner) lines.push(`Led by ${roleTitle(machine, state.owner)}`);
  if (state.convenes.length > 0) lines.push(`Convenes ${state.convenes.map((b) => bodyTitle(machine, b)).join(', ')}`);
  return lines;
}
