// Plain-English wording shared by the printables (briefing and forms): amounts, dates, lists and the
// sentences that describe deadlines and routes. Pure functions of the IR, so the same protocol always
// reads the same way on paper; escaping is left to the templates, never done here.
import type { Amount, Deadline, Machine, Notification, Step, Transition } from '../../ir/types.ts';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const UNIT_NAMES: Record<Amount['unit'], [string, string]> = {
  working_days: ['working day', 'working days'],
  calendar_days: ['calendar day', 'calendar days'],
  hours: ['hour', 'hours'],
  immediately: ['', ''],
};

/** "2 working days", "24 hours", "immediately". */
export function formatAmount(amount: number | null, unit: Amount['unit']): string {
  if (unit === 'immediately' || amount === null) return 'immediately';
  const [one, many] = UNIT_NAMES[unit];
  return `${amount} ${amount === 1 ? one : many}`;
}

/** An ISO date as "1 April 2024"; written by hand (not Intl) so Node and browsers print the same. */
export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  // An effective date may be only a month when that is all the source states: "September 2019".
  const monthOnly = /^(\d{4})-(\d{2})$/.exec(iso);
  if (monthOnly) return MONTHS[Number(monthOnly[2]) - 1] ? `${MONTHS[Number(monthOnly[2]) - 1]} ${monthOnly[1]}` : iso;
  if (!match) return iso;
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** Source prose (often triple-quoted and indented) as paragraphs: blank lines split, spaces collapse. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}

/** Collapses the indentation of multi-line source strings into one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

/**
 * A title as it reads mid-sentence: "line manager or safeguarding lead", but "Senior Manager" and
 * "LSCP Senior Liaison Officer" keep the capitals their authors gave them.
 */
export function inSentence(title: string): string {
  return /[A-Z]/.test(title.slice(1)) ? title : title.charAt(0).toLowerCase() + title.slice(1);
}

/**
 * A timescale as it reads after a colon or in brackets: "within a further 3 working days of “The
 * other agency responds”". Only an ordinary capitalised first word is lowered; quoted titles later
 * in the text, and wording the source writes in capitals, are left as they are.
 */
export function timescaleInSentence(wording: string): string {
  return /^[A-Z][a-z]+\b/.test(wording) ? wording.charAt(0).toLowerCase() + wording.slice(1) : wording;
}

/** Looks up the display names the printables need, falling back to the id so nothing is blank. */
export function namer(machine: Machine) {
  const byId = <T extends { id: string; title: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x.title]));
  // A role's title says whose agency it is in, when the protocol says (`side own | other`).
  const roles = new Map(machine.roles.map((r) => [r.id, `${r.title}${r.side === 'own' ? ' (your agency)' : r.side === 'other' ? ' (the other agency)' : ''}`]));
  const states = byId(machine.states);
  const outcomes = byId(machine.outcomes);
  const exits = byId(machine.exits);
  const bodies = byId(machine.bodies);
  const forms = byId(machine.forms);
  const registers = byId(machine.registers);
  const agencies = byId(machine.agencies);
  const conditions = new Map(machine.conditions.map((c) => [c.id, oneLine(c.text)]));
  const steps = new Map(
    [...machine.states, ...machine.outcomes, ...machine.transitions].flatMap((x) => (x.steps ?? []).map((s) => [s.id, oneLine(s.action)] as const)),
  );
  return {
    role: (id: string) => roles.get(id) ?? id,
    roles: (ids: readonly string[]) => joinList(ids.map((id) => roles.get(id) ?? id)),
    /** Role titles joined for use inside a sentence ("by line manager and Head of Service"). */
    rolesInSentence: (ids: readonly string[]) => joinList(ids.map((id) => inSentence(roles.get(id) ?? id))),
    state: (id: string) => states.get(id) ?? id,
    body: (id: string) => bodies.get(id) ?? id,
    condition: (id: string) => conditions.get(id) ?? id,
    record: (id: string) => forms.get(id) ?? registers.get(id) ?? id,
    target: (id: string) => states.get(id) ?? outcomes.get(id) ?? exits.get(id) ?? id,
    /** A step by its action ("The other agency responds in writing"). */
    step: (id: string) => steps.get(id) ?? id,
    /** Who a notification goes to: an agency, a body or a role. */
    recipient: (id: string) => agencies.get(id) ?? bodies.get(id) ?? roles.get(id) ?? id,
  };
}

export type Namer = ReturnType<typeof namer>;

/** How a deadline reads when the source gives no wording of its own. */
function generatedWording(deadline: Deadline, names: Namer, entry = 'this stage starting'): string {
  const amount = formatAmount(deadline.amount, deadline.unit);
  if (deadline.unit === 'immediately') return 'Immediately';
  const within = deadline.further ? `Within a further ${amount}` : `Within ${amount}`;
  switch (deadline.anchor.kind) {
    case 'entry':
      return `${within} of ${entry}`;
    case 'escalation':
      return `${within} of the escalation starting`;
    case 'after':
      return `${within} of ${names.state(deadline.anchor.state)}`;
    case 'step':
      return `${within} of “${names.step(deadline.anchor.step)}”`;
  }
}

/** The source's own words for a deadline when it has them (what staff recognise), else ours. */
/** `entry` names what an `entry` anchor counts from: a stage starting, an outcome being reached, a route being taken. */
export function deadlineWording(deadline: Deadline, names: Namer, entry?: string): string {
  const wording = deadline.wording ? capitalise(oneLine(deadline.wording)) : generatedWording(deadline, names, entry);
  return `${deadline.binding ? wording : `${wording} (indicative)`}${deadlineQualifier(deadline)}`;
}

/** The part of a timescale no calendar counts, kept with its number wherever it is printed. */
export function deadlineQualifier(deadline: Deadline): string {
  const q = deadline.qualifier;
  if (!q) return '';
  return q.kind === 'sooner' ? `, or sooner ${oneLine(q.text)} (whichever comes first)` : `, or ${oneLine(q.text)} if that is later`;
}

const NOTIFY_VERBS = { notify: 'Notify', copy: 'Copy to', refer: 'Refer to' } as const;

/** "Notify Partnership business unit that the matter has moved to stage 3, by line manager". */
export function notificationSentence(n: Notification, names: Namer, entry?: string): string {
  const what = n.what ? ` ${oneLine(n.what)}` : '';
  const when = n.deadline ? ` (${timescaleInSentence(deadlineWording(n.deadline, names, entry))})` : '';
  const by = n.by.length > 0 ? `, by ${names.rolesInSentence(n.by)}` : '';
  const condition = n.condition ? `, only if ${names.condition(n.condition)}` : '';
  return `${NOTIFY_VERBS[n.kind]} ${joinList(n.to.map((id) => names.recipient(id)))}${what}${when}${by}${condition}`;
}

/** "The other agency responds in writing: within 4 working days of this stage starting", with who and any condition. */
export function stepSentence(step: Step, names: Namer, entry?: string): string {
  const by = step.by.length > 0 ? `, by ${names.rolesInSentence(step.by)}` : '';
  const when = step.deadline ? `: ${timescaleInSentence(deadlineWording(step.deadline, names, entry))}` : '';
  const condition = step.condition ? `; only if ${names.condition(step.condition)}` : '';
  return `${oneLine(step.action)}${by}${when}${condition}`;
}

/** What the deadline is for, e.g. "The discussion between managers", when the source says. */
export function deadlinePurpose(deadline: Deadline): string | null {
  return deadline.purpose ? capitalise(oneLine(deadline.purpose)) : null;
}

/**
 * "If the issue relates to child protection", for conditional deadline cases, unless the source's
 * own wording already says so (then the label would only repeat it).
 */
export function deadlineCondition(deadline: Deadline, names: Namer): string | null {
  if (!deadline.condition) return null;
  const condition = names.condition(deadline.condition);
  const said = deadline.wording !== null && oneLine(deadline.wording).toLowerCase().includes(condition.toLowerCase());
  return said ? null : `If ${condition}`;
}

const BUILTIN_EVENTS: Record<string, string> = {
  resolved: 'If resolved',
  unresolved: 'If not resolved',
  urgent: 'If urgent',
  non_urgent: 'If not urgent',
  decided: 'When decided',
};

/** "If not resolved", "If the discussions raise significant policy issues (and ...)". */
export function routeCondition(transition: Transition, machine: Machine, names: Namer): string {
  const isCondition = machine.conditions.some((c) => c.id === transition.event);
  const label = machine.events.find((e) => e.id === transition.event)?.label ?? transition.event;
  const text = BUILTIN_EVENTS[transition.event] ?? `If ${isCondition ? names.condition(transition.event) : oneLine(label)}`;
  return transition.condition ? `${text} and ${names.condition(transition.condition)}` : text;
}
