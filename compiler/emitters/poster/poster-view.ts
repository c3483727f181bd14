// What a poster says, from the compiled protocol and the partnership configuration passed as an
// emitter option: the protocol named by area, version and review dates ("not stated" when nobody
// states them), each stage's who / by when / record in the protocol's words, the urgent route, the
// contacts the configuration gives (none invented) and the page's address.
import { immediateRiskNotice, type ImmediateRiskNotice } from '../../config/immediate-risk.ts';
import { settingsFor, type PartnershipConfig } from '../../config/types.ts';
import type { Machine, State } from '../../ir/types.ts';
import { deadlineWording, formatDate, joinList, namer, oneLine, type Namer } from '../print-shared/text.ts';

export interface PosterStage {
  number: number;
  title: string;
  who: string;
  when: string[];
  record: string | null;
}

export interface PosterContact {
  label: string;
  name: string;
  lines: string[];
}

export interface PosterView {
  title: string;
  area: string;
  documentTitle: string;
  partnership: string;
  facts: { label: string; value: string }[];
  stages: PosterStage[];
  urgent: string[];
  contacts: PosterContact[];
  /** Not the protocol's: the partnership's own notice or the general advice, labelled as such. */
  immediateRisk: ImmediateRiskNotice;
  address: string | null;
  footer: string;
}

const NOT_STATED = 'not stated';
export const NO_TIMESCALE = 'No timescale is stated.';

const CONTACT_LABELS: Record<string, string> = {
  front_door: 'Children’s social care front door (MASH)',
  out_of_hours: 'Out of hours',
  lado: 'LADO',
  business_unit: 'Safeguarding partnership business unit',
  other: 'Also',
};

function who(state: State, names: Namer): string {
  const meetings = state.meetings.map((m) => (m.with ? `${names.role(m.role)} meets ${names.role(m.with)}` : m.counterpart ? `${names.role(m.role)} meets their counterpart` : names.role(m.role)));
  if (meetings.length > 0) return joinList(meetings);
  if (state.owner) return `Led by ${names.role(state.owner)}`;
  // "Who: Convenes the panel" would read as if the panel were the person; say plainly that the source
  // names no one, and what the stage convenes.
  if (state.convenes.length > 0) return `Not stated who convenes the ${joinList(state.convenes.map((b) => names.body(b)))}`;
  return 'Not stated';
}

function stage(machine: Machine, state: State, names: Namer, number: number): PosterStage {
  const levels = state.levels.map((id) => machine.states.find((s) => s.id === id)).filter((s): s is State => s !== undefined);
  const timed = [state, ...levels].flatMap((s) => s.deadline.map((d) => (s === state ? deadlineWording(d, names) : `${oneLine(s.title)}: ${deadlineWording(d, names)}`)));
  const records = [...new Set([state, ...levels].flatMap((s) => s.records.map((r) => names.record(r.record))))];
  return {
    number,
    title: oneLine(state.title),
    who: levels.length > 0 && state.meetings.length === 0 ? levels.map((l) => `${oneLine(l.title)}: ${who(l, names)}`).join('; ') : who(state, names),
    when: timed.length > 0 ? timed : [NO_TIMESCALE],
    record: records.length > 0 ? joinList(records) : null,
  };
}

function urgent(machine: Machine, names: Namer): string[] {
  const lines: string[] = [];
  for (const start of machine.discretionaryStarts) {
    if (start.condition) lines.push(`If ${names.condition(start.condition)}, you may start at ${joinList(start.targets.map((t) => oneLine(names.target(t))), 'or')}.`);
  }
  for (const t of machine.transitions) if (t.event === 'urgent') lines.push(`If it is urgent${t.source ? ` at ${oneLine(names.state(t.source))}` : ''}: ${oneLine(names.target(t.target))}.`);
  for (const s of machine.states) for (const d of s.deadline) if (d.condition) lines.push(`${oneLine(s.title)}: ${deadlineWording(d, names)}`);
  return [...new Set(lines)];
}

/** The configuration's contacts as printed (posters and the briefing): label, name, then number, e-mail and hours. */
export function posterContacts(config: PartnershipConfig | undefined): PosterContact[] {
  return (config?.contacts ?? []).map((c) => ({
    label: CONTACT_LABELS[c.kind] ?? 'Also',
    name: c.name,
    lines: [c.phone, c.email, c.hours].filter((x): x is string => x !== null),
  }));
}

export function posterView(machine: Machine, config: PartnershipConfig | undefined): PosterView {
  const names = namer(machine);
  const settings = config ? settingsFor(config, machine.id) : null;
  const area = settings?.area ?? oneLine(machine.meta.partnership.name);
  const documentTitle = oneLine(machine.meta.title);
  const siteUrl = config?.site.url ?? null;
  const address = siteUrl ? new URL(`protocols/${machine.id}/`, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href : null;
  const top = machine.states.filter((s) => s.parent === null);
  return {
    title: `${area} – ${documentTitle}`,
    area,
    documentTitle,
    partnership: oneLine(config?.partnership ?? machine.meta.partnership.name),
    facts: [
      { label: 'Version', value: machine.meta.version ? oneLine(machine.meta.version) : NOT_STATED },
      { label: 'Effective from', value: formatDate(machine.meta.effective) ?? NOT_STATED },
      { label: 'Last reviewed', value: formatDate(settings?.lastReviewed ?? null) ?? NOT_STATED },
      { label: 'Next review', value: formatDate(settings?.nextReview ?? null) ?? NOT_STATED },
    ],
    stages: top.map((s, i) => stage(machine, s, names, i + 1)),
    urgent: urgent(machine, names),
    immediateRisk: immediateRiskNotice(config),
    contacts: posterContacts(config),
    address,
    footer: `${area} – ${documentTitle}. Check the current version online${address ? `: ${address}` : ''}.`,
  };
}
