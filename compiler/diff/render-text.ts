// The diff as a reviewer reads it: one heading per part of the protocol, `+` for what is new, `-` for
// what is gone, `~` for an item that changed with a line per changed property. Long values go on
// lines of their own ("was" / "now") so a changed passage can be read in full.
import { showControlCharacters } from '../../dsl/control-characters.ts';
import type { Machine, State, Transition } from '../ir/types.ts';
import { stageParts } from './amendment-stages.ts';
import { alignedBefore, type Change, type MachineDiff } from './compare.ts';
import { describeRoute, describeValue } from './describe.ts';
import { SECTIONS } from './sections.ts';

const WIDE = 60;
const MARK = { added: '+', removed: '-', changed: '~' } as const;

export interface DiffLabels {
  /** How to name the two sides in the first line, e.g. the file names. */
  before: string;
  after: string;
}

/** A property path in words: `fields[outcome].label` → "field outcome: label", `partnership.name` → "partnership name". */
function propertyName(property: string): string {
  if (property === 'initial') return 'starts at';
  return property
    .replace(/([a-z])([A-Z])/g, (_, a: string, b: string) => `${a} ${b.toLowerCase()}`)
    .replace(/([A-Za-z]+)\[([^\]]*)\]\.?/g, (_, list: string, id: string) => `${list.endsWith('s') ? list.slice(0, -1) : list} ${id}: `)
    .replace(/\./g, ' ')
    .replace(/: $/, '');
}

function itemName(change: Change, machine: Machine): string {
  if (change.section === 'transitions') {
    const route = (change.kind === 'removed' ? change.before : machine.transitions.find((t) => t.id === change.item)) as Transition | undefined;
    return route ? `${describeRoute(machine, route)} (${change.item})` : String(change.item);
  }
  if (change.section === 'citations') return `passage ${change.item}`;
  return change.title ? `${change.title.replace(/\s+/g, ' ').trim()} (${change.item})` : String(change.item);
}

/** `first` starts the label line (it may carry the `~` mark); `indent` lines up what follows. */
function valueLines(first: string, indent: string, label: string, was: string | null, now: string | null): string[] {
  if (was !== null && now !== null && `${was} → ${now}`.length <= WIDE) return [`${first}${label}: ${was} → ${now}`];
  const only = was ?? now;
  if ((was === null || now === null) && only !== null && only.length <= WIDE) return [`${first}${label}: ${only}`];
  const lines = [`${first}${label}:`];
  if (was !== null) lines.push(`${indent}  was: ${was}`);
  if (now !== null) lines.push(`${indent}  now: ${now}`);
  return lines;
}

/**
 * When a change reads the same in words (a timescale whose citations changed), the properties
 * that differ, so the line never says "X → X".
 */
function hiddenDetail(change: Change, before: Machine, after: Machine): string {
  const [b, a] = [change.before, change.after].map((v) => (Array.isArray(v) ? v : [v]));
  const details = new Set<string>();
  (a ?? []).forEach((x, i) => {
    const y = b?.[i];
    if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return;
    for (const key of Object.keys(x)) {
      const [was, now] = [(y as Record<string, unknown>)[key], (x as Record<string, unknown>)[key]];
      if (JSON.stringify(was) !== JSON.stringify(now)) details.add(`${key}: ${describeValue(before, key, was)} → ${describeValue(after, key, now)}`);
    }
  });
  return details.size > 0 ? ` (${[...details].join('; ')})` : ' (order or details changed)';
}

function propertyLines(change: Change, before: Machine, after: Machine, first: string, indent: string): string[] {
  if (change.renamed === 'declared') return [`${first}renamed from ${String(change.before)} (as the new version declares)`];
  if (change.renamed === 'similar') return [`${first}probably renamed from ${String(change.before)} (matched by its title and content, not declared: check)`];
  const label = propertyName(change.property ?? '');
  if (change.kind === 'added') return valueLines(first, indent, `${label} added`, null, describeValue(after, change.property, change.after));
  if (change.kind === 'removed') return valueLines(first, indent, `${label} removed`, describeValue(before, change.property, change.before), null);
  const [was, now] = [describeValue(before, change.property, change.before), describeValue(after, change.property, change.after)];
  if (was === now) return [`${first}${label}: ${now}${hiddenDetail(change, before, after)}`];
  return valueLines(first, indent, label, was, now);
}

function wholeItemLine(change: Change, before: Machine, after: Machine): string[] {
  const machine = change.kind === 'removed' ? before : after;
  const value = change.kind === 'removed' ? change.before : change.after;
  // A stage that came or went is shown with what it held, so a removed stage's deadlines are not hidden.
  if (change.section === 'states' && change.item !== null) {
    const held = stageParts(machine, value as State).map((part) => `      ${part}`);
    return [`  ${MARK[change.kind]} ${itemName(change, machine)}`, ...held];
  }
  if (change.item !== null) return [`  ${MARK[change.kind]} ${itemName(change, machine)}`];
  // A list entry without an id (a principle, a protocol-wide duty): show what it says.
  return [`  ${MARK[change.kind]} ${describeValue(machine, change.section, value)}`];
}

/** The whole diff as text, ending in a newline. */
export function renderDiffText(diff: MachineDiff, original: Machine, after: Machine, labels: DiffLabels): string {
  const before = alignedBefore(diff, original);
  const side = (label: string, s: MachineDiff['before']) => `${label} (${s.id}${s.version ? `, version ${s.version}` : ''})`;
  const count = diff.changes.length;
  const lines = [`Comparing ${side(labels.before, diff.before)} with ${side(labels.after, diff.after)}: ${count === 0 ? 'no differences' : `${count} ${count === 1 ? 'change' : 'changes'}`}.`];
  if (diff.before.id !== diff.after.id) lines.push(`Note: these are different protocols (${diff.before.id} and ${diff.after.id}); items are matched by name.`);
  for (const section of SECTIONS) {
    const changes = diff.changes.filter((c) => c.section === section.key);
    if (changes.length === 0) continue;
    lines.push('', section.heading);
    let open: string | null = null;
    for (const change of changes) {
      if (change.property === null) {
        open = null;
        lines.push(...wholeItemLine(change, before, after));
      } else if (change.item === null) {
        lines.push(...propertyLines(change, before, after, '  ~ ', '      '));
      } else {
        const key = `${change.item}`;
        if (open !== key) lines.push(`  ~ ${itemName(change, after)}`);
        open = key;
        lines.push(...propertyLines(change, before, after, '      ', '      '));
      }
    }
  }
  // A machine.json read from elsewhere may carry control characters the language refuses (E0009).
  return `${showControlCharacters(lines.join('\n'))}\n`;
}
