// The amendment log: what changed for practitioners between two versions of a protocol, as
// sentences in the protocol's own words, grouped by what they are about. Made from the semantic
// diff, leaving out what readers of the protocol never see: citations, passage names,
// acknowledgements, the briefing's layout and a stage's position number (the full diff keeps them).
import { formatDate, oneLine } from '../emitters/print-shared/text.ts';
import type { Machine, State, Transition } from '../ir/types.ts';
import { stagePropertySentences, said, stageContents } from './amendment-stages.ts';
import { alignedBefore, type Change, type MachineDiff } from './compare.ts';
import { describeRoute, describeValue } from './describe.ts';

export interface AmendmentEntry {
  /** The item the sentence is about (a stage's title), or null when the sentence names it itself. */
  about: string | null;
  text: string;
}

export interface AmendmentSection {
  heading: string;
  entries: AmendmentEntry[];
}

export interface VersionLabel {
  version: string | null;
  /** As readers see it: "1 April 2025", "September 2019", or null when not stated. */
  effective: string | null;
}

export interface AmendmentLog {
  title: string;
  partnership: string;
  before: VersionLabel;
  after: VersionLabel;
  sections: AmendmentSection[];
}

/** Where each part of machine.json is listed, in reading order; parts not here are left out. */
const GROUPS: readonly { heading: string; sections: readonly string[] }[] = [
  { heading: 'The protocol', sections: ['meta', 'start', 'discretionaryStarts', 'calendar'] },
  { heading: 'Stages', sections: ['states'] },
  { heading: 'Routes between stages', sections: ['transitions'] },
  { heading: 'How it ends', sections: ['outcomes', 'exits'] },
  { heading: 'Recording and forms', sections: ['recording', 'forms', 'registers'] },
  { heading: 'Who is involved', sections: ['agencies', 'roles', 'bodies'] },
  { heading: 'Raising a concern', sections: ['channels', 'conditions'] },
  { heading: 'Principles, notes and quotes', sections: ['principles', 'notes', 'quotes'] },
];

const KIND: Record<string, string> = {
  agencies: 'agency', roles: 'role', bodies: 'body', conditions: 'condition', channels: 'channel', forms: 'form',
  registers: 'register', outcomes: 'outcome', exits: 'exit', principles: 'principle', notes: 'note', quotes: 'quote',
  recording: 'recording duty for the whole protocol', discretionaryStarts: 'way to start',
};

/** Properties readers never see, or that the header already gives. */
const HIDDEN = new Set(['citations', 'version', 'effective', 'supersedes', 'source', 'index', 'renamedFrom']);

const isHidden = (change: Change): boolean => (change.property ?? '').split(/[.[\]]/).some((part) => HIDDEN.has(part));

const label = (machine: Machine): VersionLabel => ({ version: machine.meta.version, effective: formatDate(machine.meta.effective) });

const titleIn = (machine: Machine, section: string, id: string | null): string => {
  const list = (machine as unknown as Record<string, { id: string; title?: string; label?: string; text?: string }[]>)[section] ?? [];
  const item = list.find((x) => x.id === id);
  return oneLine(item?.title ?? item?.label ?? item?.text ?? id ?? '');
};

/** A list entry without an id (a principle, a note), in its own words. */
const entryWords = (machine: Machine, section: string, value: unknown): string => {
  const text = (value as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? said(text) : describeValue(machine, section, value);
};

function renameSentence(change: Change, before: Machine, after: Machine): string[] {
  const [was, now] = [titleIn(before, change.section, change.item), titleIn(after, change.section, change.item)];
  if (was === now) return [];
  const kind = change.section === 'states' ? 'stage' : (KIND[change.section] ?? 'item');
  if (change.renamed === 'similar') return [`Probably renamed: was ${said(was)} (the same ${kind} by its content; the new version does not say so).`];
  return [`Renamed: was ${said(was)}.`];
}

function routeSentences(change: Change, before: Machine, after: Machine, gone: Set<string>): string[] {
  const route = (change.after ?? change.before) as Transition;
  if (change.kind !== 'changed' && route.source !== null && gone.has(route.source)) return [];
  if (change.kind === 'added') return [`New route: ${describeRoute(after, change.after as Transition)}.`];
  if (change.kind === 'removed') return [`Removed route: ${describeRoute(before, change.before as Transition)}.`];
  const now = after.transitions.find((t) => t.id === change.item)!;
  if (change.property === 'target') {
    const [from, rest] = describeRoute(after, now).split(/: (.*)/s);
    const was = describeValue(before, 'target', change.before);
    return [`${from}: ${rest} (was ${was}).`];
  }
  return [`${describeRoute(after, now)}: ${change.property} now ${describeValue(after, change.property, change.after)} (was ${describeValue(before, change.property, change.before)}).`];
}

function itemSentences(change: Change, before: Machine, after: Machine, siblings: readonly Change[], gone: Set<string>): AmendmentEntry[] {
  const about = (texts: string[]): AmendmentEntry[] => texts.map((text) => ({ about: titleIn(after, change.section, change.item), text }));
  const plain = (texts: string[]): AmendmentEntry[] => texts.map((text) => ({ about: null, text }));
  if (change.property === 'id') return about(renameSentence(change, before, after));
  if (change.section === 'transitions') return plain(routeSentences(change, before, after, gone));
  if (change.section === 'states') {
    if (change.kind === 'added') return plain([`New ${(change.after as State).kind}: ${oneLine((change.after as State).title)}, with ${stageContents(after, change.after as State)}.`]);
    if (change.kind === 'removed') return plain([`Removed ${(change.before as State).kind}: ${oneLine((change.before as State).title)}, and with it ${stageContents(before, change.before as State)}.`]);
    // A stage's list of levels follows from the levels themselves, told as new or removed.
    if (change.property === 'levels') return [];
    if (change.property === 'title') return siblings.some((c) => c.property === 'id') ? [] : about([`Renamed: was ${said(titleIn(before, 'states', change.item))}.`]);
    return about(stagePropertySentences(change, before, after, siblings));
  }
  return plain(otherSentences(change, before, after));
}

function otherSentences(change: Change, before: Machine, after: Machine): string[] {
  const kind = KIND[change.section] ?? change.section;
  const machine = change.kind === 'removed' ? before : after;
  const value = change.kind === 'removed' ? change.before : change.after;
  if (change.property === null) {
    const what = change.item !== null ? titleIn(machine, change.section, change.item) : entryWords(machine, change.section, value);
    return [`${change.kind === 'added' ? 'New' : 'Removed'} ${kind}: ${what}.`];
  }
  const owner = change.item !== null ? titleIn(after, change.section, change.item) : (change.section === 'meta' ? 'The protocol' : kind);
  const leaf = change.property.replace(/\[[^\]]*\]/g, '').split('.').at(-1) ?? '';
  const words = (m: Machine, v: unknown): string => {
    const own = v !== null && typeof v === 'object' ? ((v as Record<string, unknown>).label ?? (v as Record<string, unknown>).title ?? (v as Record<string, unknown>).text) : v;
    // The protocol's own text is quoted as it stands; names and amounts read as describe.ts says them.
    if (typeof own === 'string' && describeValue(m, leaf, own).startsWith('"')) return said(own);
    return describeValue(m, change.property, v);
  };
  if (change.item !== null && change.kind === 'changed' && ['title', 'text', 'label'].includes(change.property)) {
    return [`The ${kind} ${words(before, change.before)} now reads ${words(after, change.after)}.`];
  }
  const field = change.property.replace(/([a-z])([A-Z])/g, (_, a: string, b: string) => `${a} ${b.toLowerCase()}`).replace(/\[([^\]]*)\]/g, ' $1').replace(/\./g, ' ');
  // A whole entry of a list (a form's field): named by its own words, not its id.
  const entry = /^(\w+?)s?\[[^\]]*\]$/.exec(change.property)?.[1];
  if (change.kind === 'added') return [`${owner}: new ${entry ?? field} ${words(after, change.after)}.`];
  if (change.kind === 'removed') return [`${owner}: ${entry ?? field} ${words(before, change.before)} removed.`];
  return [`${owner}: ${field} is now ${words(after, change.after)} (was ${words(before, change.before)}).`];
}

/** The amendment log from `before` to `after`, given their diff. */
export function amendmentLog(diff: MachineDiff, original: Machine, after: Machine): AmendmentLog {
  const before = alignedBefore(diff, original);
  const shown = diff.changes.filter((c) => !isHidden(c));
  // Routes from a stage that is new or gone are told with that stage.
  const gone = new Set(shown.filter((c) => c.section === 'states' && c.property === null).map((c) => c.item!));
  const sections = GROUPS.map(({ heading, sections: keys }) => {
    const entries = shown
      .filter((c) => keys.includes(c.section))
      .flatMap((c) => itemSentences(c, before, after, shown.filter((s) => s.section === c.section && s.item === c.item && s !== c), gone));
    const seen = new Set<string>();
    return { heading, entries: entries.filter((e) => !seen.has(`${e.about}|${e.text}`) && seen.add(`${e.about}|${e.text}`)) };
  }).filter((s) => s.entries.length > 0);
  return { title: oneLine(after.meta.title), partnership: oneLine(after.meta.partnership.name), before: label(original), after: label(after), sections };
}
