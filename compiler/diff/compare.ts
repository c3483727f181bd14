// What changed between two compiled protocols, as data: items matched by id (a stage, a role, a
// route), compared property by property, so a renamed title or a longer timescale is one change on
// the item rather than a removal and an addition. An item whose id changed is matched as match.ts
// says (declared `renamed from`, or probably renamed) and reported as a change of its `id`.
// Reads only the IR; the words are in describe.ts.
import type { Machine } from '../ir/types.ts';
import { stableStringify } from '../stable-json.ts';
import { alignWith, findRenames, type Rename } from './match.ts';
import { SECTIONS, type Section } from './sections.ts';

export interface Change {
  /** The machine.json key the change is under, e.g. `states`. */
  section: string;
  kind: 'added' | 'removed' | 'changed';
  /** The item's id (or, for lists without ids, null). */
  item: string | null;
  /** The item's title in the protocol it is in (the new one, or the old one when removed). */
  title: string | null;
  /**
   * Where in the item: a property (`deadline`), a property of a property (`partnership.name`), or an
   * entry of a list matched by id (`fields[outcome]`, `fields[outcome].label`); null when the whole
   * item is added or removed.
   */
  property: string | null;
  /** The value in the old protocol (undefined when added), as in machine.json. */
  before?: unknown;
  /** The value in the new protocol (undefined when removed), as in machine.json. */
  after?: unknown;
  /** On a change of `id`: how the two were matched (declared `renamed from`, or similar: probably renamed). */
  renamed?: Rename['how'];
}

export interface MachineDiff {
  before: { id: string; version: string | null };
  after: { id: string; version: string | null };
  changes: Change[];
}

type Item = Record<string, unknown>;

const same = (a: unknown, b: unknown): boolean => stableStringify(a) === stableStringify(b);

const isRecord = (x: unknown): x is Item => x !== null && typeof x === 'object' && !Array.isArray(x);

const hasIds = (list: unknown): list is Item[] =>
  Array.isArray(list) && list.length > 0 && list.every((x) => x !== null && typeof x === 'object' && typeof (x as Item).id === 'string');

/** Property changes between two versions of one item; arrays of things with ids are matched by id. */
function compareItem(before: Item, after: Item, ignore: readonly string[], groups = false, prefix = ''): Omit<Change, 'section' | 'item' | 'title'>[] {
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])].filter((k) => !ignore.includes(k));
  const out: Omit<Change, 'section' | 'item' | 'title'>[] = [];
  for (const key of keys) {
    // A property missing from an older machine.json reads as null (none), as the compiler writes it now.
    const [b, a] = [before[key] ?? null, after[key] ?? null];
    if (same(b, a)) continue;
    const path = `${prefix}${key}`;
    if ((hasIds(b) || hasIds(a)) && Array.isArray(a) && Array.isArray(b)) {
      const olds = new Map((b as Item[]).map((x) => [x.id as string, x]));
      const news = new Map((a as Item[]).map((x) => [x.id as string, x]));
      for (const [id, x] of olds) if (!news.has(id)) out.push({ kind: 'removed', property: `${path}[${id}]`, before: x });
      for (const [id, x] of news) {
        const old = olds.get(id);
        if (!old) out.push({ kind: 'added', property: `${path}[${id}]`, after: x });
        else if (!same(old, x)) out.push(...compareItem(old, x, [], false, `${path}[${id}].`));
      }
      continue;
    }
    // In the protocol's own details, a group (the partnership's name and abbreviation, the briefing's
    // sections) is a change per property; elsewhere a group is one value (an amount, an anchor).
    if (groups && isRecord(a) && isRecord(b)) {
      out.push(...compareItem(b, a, [], true, `${path}.`));
      continue;
    }
    out.push({ kind: 'changed', property: path, before: b, after: a });
  }
  return out;
}

function keyedChanges(section: Section, before: Item[], after: Item[], renames: readonly Rename[]): Change[] {
  const olds = new Map(before.map((x) => [x.id as string, x]));
  const news = new Map(after.map((x) => [x.id as string, x]));
  const out: Change[] = [];
  for (const [id, x] of olds) {
    if (!news.has(id)) out.push({ section: section.key, kind: 'removed', item: id, title: section.title(x), property: null, before: x });
  }
  for (const [id, x] of news) {
    const old = olds.get(id);
    if (!old) {
      out.push({ section: section.key, kind: 'added', item: id, title: section.title(x), property: null, after: x });
      continue;
    }
    const rename = renames.find((r) => r.section === section.key && r.after === id);
    if (rename) out.push({ section: section.key, kind: 'changed', item: id, title: section.title(x), property: 'id', before: rename.before, after: id, renamed: rename.how });
    for (const c of compareItem(old, x, section.ignore)) out.push({ section: section.key, item: id, title: section.title(x), ...c });
  }
  return out;
}

/** Lists without ids (principles, quotes, protocol-wide duties): what left and what came, as wholes. */
function listChanges(section: Section, before: unknown[], after: unknown[]): Change[] {
  const matched = new Set<number>();
  const out: Change[] = [];
  for (const x of before) {
    const at = after.findIndex((y, i) => !matched.has(i) && same(x, y));
    if (at === -1) out.push({ section: section.key, kind: 'removed', item: null, title: section.title(x as Item), property: null, before: x });
    else matched.add(at);
  }
  after.forEach((x, i) => {
    if (!matched.has(i)) out.push({ section: section.key, kind: 'added', item: null, title: section.title(x as Item), property: null, after: x });
  });
  return out;
}

/**
 * Every difference from `before` to `after`, section by section in SECTIONS order. Describe the
 * old side with `alignedBefore(diff, before)`: it holds renamed items under their new ids.
 */
export function diffMachines(original: Machine, after: Machine): MachineDiff {
  const renames = findRenames(original, after);
  const before = alignWith(original, renames);
  const changes: Change[] = [];
  for (const section of SECTIONS) {
    const b = section.read(before);
    const a = section.read(after);
    // A list whose only change is renamed ids reads the same once aligned: its renames still count.
    if (same(b, a) && !renames.some((r) => r.section === section.key)) continue;
    if (section.shape === 'object') {
      for (const c of compareItem(b as Item, a as Item, section.ignore, true)) changes.push({ section: section.key, item: null, title: null, ...c });
    } else if (section.shape === 'keyed') {
      changes.push(...keyedChanges(section, b as Item[], a as Item[], renames));
    } else {
      changes.push(...listChanges(section, b as unknown[], a as unknown[]));
    }
  }
  return {
    before: { id: original.id, version: original.meta.version },
    after: { id: after.id, version: after.meta.version },
    changes,
  };
}

/** The renames a diff found, read back from its changes of `id`. */
export function renamesOf(diff: MachineDiff): Rename[] {
  return diff.changes.flatMap((c) => (c.property === 'id' && c.renamed ? [{ section: c.section, before: String(c.before), after: String(c.after), how: c.renamed }] : []));
}

/** The old protocol as the diff compared it: renamed items, and references to them, under their new ids. */
export function alignedBefore(diff: MachineDiff, before: Machine): Machine {
  return alignWith(before, renamesOf(diff));
}
