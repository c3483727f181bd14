// The parts of a compiled protocol a diff reports on, in the order a reader meets them in the
// protocol, with the heading each is printed under and how an item is named.
import type { Machine } from '../ir/types.ts';

type Item = Record<string, unknown>;

export interface Section {
  /** The machine.json key (or, for `start`, a name of our own for `initial`). */
  key: string;
  heading: string;
  /** object: one thing compared property by property; keyed: a list matched by id; list: a list without ids. */
  shape: 'object' | 'keyed' | 'list';
  read(machine: Machine): unknown;
  title(item: Item): string | null;
  /** Properties that are not facts of their own (a stage's position follows from the order). */
  ignore: readonly string[];
}

const text = (item: Item, ...keys: string[]): string | null => {
  for (const key of keys) if (typeof item[key] === 'string') return item[key] as string;
  return null;
};

const titled = (key: string, heading: string, ignore: readonly string[] = []): Section => ({
  key,
  heading,
  shape: 'keyed',
  read: (m) => (m as unknown as Record<string, unknown>)[key],
  title: (item) => text(item, 'title', 'label', 'text'),
  ignore,
});

const listed = (key: string, heading: string, title: (item: Item) => string | null = (item) => text(item, 'text')): Section => ({
  key,
  heading,
  shape: 'list',
  read: (m) => (m as unknown as Record<string, unknown>)[key],
  title,
  ignore: [],
});

export const SECTIONS: readonly Section[] = [
  { key: 'meta', heading: 'Protocol', shape: 'object', read: (m) => m.meta, title: () => null, ignore: [] },
  { key: 'start', heading: 'Start', shape: 'object', read: (m) => ({ initial: m.initial }), title: () => null, ignore: [] },
  listed('discretionaryStarts', 'Starting at another stage', () => null),
  { key: 'calendar', heading: 'Calendar', shape: 'object', read: (m) => m.calendar, title: () => null, ignore: [] },
  titled('agencies', 'Agencies'),
  titled('roles', 'Roles'),
  titled('bodies', 'Bodies'),
  titled('conditions', 'Conditions'),
  titled('channels', 'Channels'),
  titled('forms', 'Forms'),
  titled('registers', 'Registers'),
  titled('states', 'Stages and levels', ['index', 'renamedFrom']),
  // A route's id is where it starts and its event, so a route that now goes elsewhere is one change.
  { ...titled('transitions', 'Routes'), title: () => null },
  titled('outcomes', 'Outcomes'),
  titled('exits', 'Exits'),
  listed('recording', 'Recording duties (whole protocol)', () => null),
  listed('principles', 'Principles'),
  listed('notes', 'Notes'),
  listed('quotes', 'Quotes'),
  { key: 'briefing', heading: 'Briefing', shape: 'object', read: (m) => m.briefing, title: () => null, ignore: [] },
  { ...titled('citations', 'Source passages'), title: () => null },
  listed('acknowledgements', 'Acknowledged warnings', (item) => text(item, 'name')),
];

export function sectionOf(key: string): Section {
  const section = SECTIONS.find((s) => s.key === key);
  if (!section) throw new Error(`no diff section '${key}'`);
  return section;
}
