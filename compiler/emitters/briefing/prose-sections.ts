// Sections 1, 2, 5, 6 and 7 of the briefing, generated from the IR: background (what the protocol is
// and who it is for), why it matters (principles and quotations), recording duties, things to
// remember (channels, exits, role equivalents) and what to do (actions and reflective questions).
import type { Machine } from '../../ir/types.ts';
import { describeDuties } from '../print-shared/recording-duties.ts';
import { capitalise, inSentence, joinList, oneLine, type Namer } from '../print-shared/text.ts';
import type { ItemView, SectionContent } from './section-view.ts';

const AUDIENCES: Record<Machine['meta']['appliesTo'][number], string> = {
  children: 'children and young people',
  adults: 'adults with care and support needs',
  carers: 'carers',
};

/** "a child" for children's partnerships, "a child or adult" where the protocol covers adults too. */
function subject(machine: Machine): string {
  const adults = machine.meta.appliesTo.some((a) => a !== 'children');
  return adults ? 'a child or adult' : 'a child';
}

export function backgroundSection(machine: Machine): SectionContent {
  const { meta } = machine;
  const audience = meta.appliesTo.map((a) => AUDIENCES[a]);
  const who = audience.length > 0 ? ` for everyone working with ${joinList(audience)}` : '';
  return {
    paragraphs: [
      `This briefing summarises “${oneLine(meta.title)}”, published by ${oneLine(meta.partnership.name)}${who}.`,
      `It sets out how practitioners resolve professional disagreements between agencies about the safety or welfare of ${subject(machine)}, stage by stage.`,
      ...machine.notes.map((n) => oneLine(n.text)),
    ],
  };
}

export function whySection(machine: Machine): SectionContent {
  return {
    items: machine.principles.map((p) => ({ lead: null, text: oneLine(p.text) })),
    quotes: machine.quotes.map((q) => ({ text: oneLine(q.text), attribution: oneLine(q.attribution) })),
  };
}

export function recordingSection(machine: Machine, names: Namer): SectionContent {
  // One bullet per record, its duties in protocol order, so a form used at two stages reads once.
  const byRecord = new Map<string, { lead: string; sentences: string[] }>();
  for (const d of describeDuties(machine, names)) {
    const lead = d.appendix ? `${d.recordTitle} (${d.appendix})` : d.recordTitle;
    const entry = byRecord.get(d.record) ?? { lead, sentences: [] };
    const by = d.by ? `, by ${d.by}` : '';
    const what = d.what ? `: ${d.what}` : '';
    const shared = d.sharedWith ? ` Shared with ${d.sharedWith}.` : '';
    entry.sentences.push(`${d.when}${by}${what}.${shared}`);
    byRecord.set(d.record, entry);
  }
  return { items: [...byRecord.values()].map((e): ItemView => ({ lead: e.lead, text: e.sentences.join(' ') })) };
}

/** Protocol text as a sentence: one line, ending with a full stop. */
function sentence(text: string): string {
  const line = capitalise(oneLine(text));
  return /[.!?]$/.test(line) ? line : `${line}.`;
}

export function rememberSection(machine: Machine, names: Namer): SectionContent {
  const items: ItemView[] = [];
  const channels = machine.channels.filter((c) => !c.discouraged).map((c) => inSentence(oneLine(c.title)));
  if (channels.length > 0) items.push({ lead: 'How to escalate', text: `By ${joinList(channels, 'or')}.` });
  for (const c of machine.channels.filter((x) => x.discouraged)) {
    const reason = c.reason ? `${capitalise(oneLine(c.reason))}.` : 'The protocol advises against it.';
    items.push({ lead: `${oneLine(c.title)} is not recommended`, text: reason });
  }
  for (const exit of machine.exits) {
    const route = machine.transitions.find((t) => t.target === exit.id && t.targetKind === 'exit');
    const when = route && machine.conditions.some((c) => c.id === route.event) ? `If ${names.condition(route.event)}: ` : '';
    const text = exit.description ? oneLine(exit.description) : oneLine(exit.title);
    items.push({ lead: 'Another route', text: `${when}${text}` });
  }
  for (const role of machine.roles) {
    const also = [...role.equivalents.map((e) => oneLine(e.text)), ...role.examples.map((e) => oneLine(e))];
    if (also.length > 0) items.push({ lead: oneLine(role.title), text: `includes ${joinList(also, 'or')}.` });
  }
  // Duties and powers the source gives roles and bodies (a manager's review of the concerns, a panel's
  // members and powers, a partnership's monitoring duty) are printed, not only kept in machine.json.
  for (const role of machine.roles) {
    if (role.description) items.push({ lead: oneLine(role.title), text: sentence(role.description) });
  }
  for (const body of machine.bodies) {
    const parts = [
      body.composition ? `Members: ${oneLine(body.composition)}.` : null,
      body.chair ? `Chair: ${oneLine(body.chair)}.` : null,
      body.description ? sentence(body.description) : null,
    ].filter((p): p is string => p !== null);
    if (parts.length > 0) items.push({ lead: oneLine(body.title), text: parts.join(' ') });
  }
  return { items };
}

/** Roles involved beyond the first conversation: the people a team should be able to name. */
function rolesToKnow(machine: Machine): string[] {
  const first = machine.states.find((s) => s.id === machine.initial);
  const ids: string[] = [];
  for (const state of machine.states) {
    const involved = [...state.meetings.map((m) => m.role), ...(state.owner ? [state.owner] : []), ...state.consultations.flatMap((c) => c.roles)];
    for (const id of involved) if (!ids.includes(id)) ids.push(id);
  }
  return ids.filter((id) => !first?.meetings.some((m) => m.role === id));
}

export function actionsSection(machine: Machine, names: Namer): SectionContent {
  const items: ItemView[] = [];
  const roles = rolesToKnow(machine);
  if (roles.length > 0) items.push({ lead: null, text: `Find out who your ${names.rolesInSentence(roles)} are in your agency.` });
  const forms = machine.forms.map((f) => (f.appendix ? `${oneLine(f.title)} (${oneLine(f.appendix)})` : oneLine(f.title)));
  if (forms.length > 0) items.push({ lead: null, text: `Know where to find the ${joinList(forms)}.` });
  // Point to the document the source itself names as the fuller one; a briefing is never "the full protocol".
  const fuller = machine.meta.source.fullProcedure;
  const source = machine.meta.source.title ?? machine.meta.title;
  items.push({
    lead: null,
    text: fuller
      ? `Read the full procedure (“${oneLine(fuller)}”) and keep this briefing to hand.`
      : `Read the published protocol, ${oneLine(source)}, and keep this briefing to hand.`,
  });
  const questions = [
    'Think of a recent disagreement with another agency: at which stage was it resolved, and how long did it take?',
    'What stops us from challenging another agency’s decision, and how can we support each other to do it?',
  ];
  if (machine.discretionaryStarts.length > 0 || machine.transitions.some((t) => t.event === 'urgent')) {
    questions.push(`What would we do if ${subject(machine)} were at risk of immediate harm while a disagreement is unresolved?`);
  }
  if (machine.recording.length > 0 || machine.states.some((s) => s.records.length > 0)) {
    questions.push('Where do we record escalations, and who do we share the record with?');
  }
  return { items, questions };
}
