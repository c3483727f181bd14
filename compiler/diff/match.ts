// Which item of the old version is which item of the new one. Items are matched by id; a stage the
// new version says was `renamed from <old-id>` is matched to that old stage; what is left on both
// sides is paired by how alike their titles and contents are, and such a pair is reported as
// "probably renamed", never silently. The old version is then rewritten with the new ids, so a
// renamed stage's routes, deadlines and duties are compared with their counterparts, not shown as
// removed and added again.
import type { Machine } from '../ir/types.ts';

export interface Rename {
  /** The machine.json key of the list (`states`, `roles`, …). */
  section: string;
  before: string;
  after: string;
  /** declared: `renamed from` says so; similar: the titles and contents are alike (probably renamed). */
  how: 'declared' | 'similar';
}

type Item = Record<string, unknown>;

/** Lists matched by id in which an item can be renamed (routes and passages are named by what they join). */
const RENAMEABLE = ['agencies', 'roles', 'bodies', 'conditions', 'channels', 'forms', 'registers', 'states', 'outcomes', 'exits'] as const;

/** Properties whose values name another item: these follow a rename. */
const REFERENCES = new Set(['parent', 'levels', 'initial', 'targets', 'target', 'source', 'state', 'owner', 'role', 'with', 'by', 'sharedWith', 'roles', 'after', 'convenes', 'body', 'partOf', 'condition', 'record', 'from', 'to', 'agency']);

/** Similarity at or above which two unmatched items are reported as probably the same item. */
const SIMILAR = 0.5;

const words = (text: string): Set<string> => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** Every text an item holds except its id, title and citations: what it says. */
function contentText(value: unknown, key = ''): string {
  if (typeof value === 'string') return key === 'id' || key === 'title' || key === 'citations' ? '' : value;
  if (Array.isArray(value)) return value.map((v) => contentText(v, key)).join(' ');
  if (value !== null && typeof value === 'object') return Object.entries(value).map(([k, v]) => contentText(v, k)).join(' ');
  return '';
}

const titleOf = (item: Item): string => String(item.title ?? item.label ?? item.text ?? '');

/** How alike two items are, from 0 to 1: half their titles, half what they contain. Symmetric. */
export function similarity(a: Item, b: Item): number {
  return 0.5 * jaccard(words(titleOf(a)), words(titleOf(b))) + 0.5 * jaccard(words(contentText(a)), words(contentText(b)));
}

const listOf = (machine: Machine, section: string): Item[] => ((machine as unknown as Record<string, unknown>)[section] as Item[] | undefined) ?? [];

function renamesIn(section: string, before: Item[], after: Item[]): Rename[] {
  const oldIds = new Set(before.map((x) => x.id as string));
  const newIds = new Set(after.map((x) => x.id as string));
  const oldLeft = new Map(before.filter((x) => !newIds.has(x.id as string)).map((x) => [x.id as string, x]));
  const newLeft = new Map(after.filter((x) => !oldIds.has(x.id as string)).map((x) => [x.id as string, x]));
  const found: Rename[] = [];
  const pair = (from: string, to: string, how: Rename['how']) => {
    found.push({ section, before: from, after: to, how });
    oldLeft.delete(from);
    newLeft.delete(to);
  };
  // Declared in the new version, or (read the other way round) in the old one: the same pair either way.
  for (const [id, item] of [...newLeft]) if (typeof item.renamedFrom === 'string' && oldLeft.has(item.renamedFrom)) pair(item.renamedFrom, id, 'declared');
  for (const [id, item] of [...oldLeft]) if (typeof item.renamedFrom === 'string' && newLeft.has(item.renamedFrom)) pair(id, item.renamedFrom, 'declared');
  const scored = [...oldLeft].flatMap(([from, a]) => [...newLeft].map(([to, b]) => ({ from, to, score: similarity(a, b) })));
  // Best pairs first; ties broken by the two ids in alphabetical order, so either direction pairs alike.
  scored.sort((x, y) => y.score - x.score || [x.from, x.to].sort().join('|').localeCompare([y.from, y.to].sort().join('|')));
  for (const { from, to, score } of scored) {
    if (score < SIMILAR) break;
    if (oldLeft.has(from) && newLeft.has(to)) pair(from, to, 'similar');
  }
  return found;
}

/** The items of `before` that are items of `after` under another id. */
export function findRenames(before: Machine, after: Machine): Rename[] {
  return RENAMEABLE.flatMap((section) => renamesIn(section, listOf(before, section), listOf(after, section)));
}

function rewrite(value: unknown, ids: Map<string, string>, key: string): unknown {
  const swap = (s: string) => ids.get(s) ?? s;
  if (typeof value === 'string') return REFERENCES.has(key) ? swap(value) : value;
  if (Array.isArray(value)) return value.map((v) => rewrite(v, ids, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v, ids, k)]));
  }
  return value;
}

/** `before` with every renamed item, and every reference to it, under its new id. */
export function alignWith(before: Machine, renames: readonly Rename[]): Machine {
  if (renames.length === 0) return before;
  const ids = new Map(renames.map((r) => [r.before, r.after]));
  const aligned = rewrite(before, ids, '') as Machine;
  const lists = aligned as unknown as Record<string, Item[] | undefined>;
  for (const r of renames) for (const item of lists[r.section] ?? []) if (item.id === r.before) item.id = r.after;
  // A route's id is where it starts, its event and its condition: renamed parts follow.
  for (const t of aligned.transitions) t.id = t.id.split('.').map((part) => ids.get(part) ?? part).join('.');
  return aligned;
}
