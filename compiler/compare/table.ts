// Protocols side by side: the same aspects of each (stages, who meets, timings for one start date,
// urgent routes, the final decision, recording duties, forms), with the cells that differ from the
// others marked. Reads only compiled protocols and the runtime's simulator, so it runs in a browser.
import { simulate } from '../../runtime/index.ts';
import { formatDate, oneLine } from '../emitters/print-shared/text.ts';
import type { Machine } from '../ir/types.ts';
import { ASPECTS, type Subject } from './aspects.ts';

export { DEFAULT_COMPARE_START } from './default-start.ts';

export interface ComparedProtocol {
  id: string;
  title: string;
  partnership: string;
  version: string | null;
  effective: string | null;
}

export interface CompareRow {
  id: string;
  label: string;
  cells: string[][];
  /** Per cell: it differs from what most of the protocols say (none marked when there is no majority). */
  differs: boolean[];
  /** all-alike: every protocol says the same; some-differ: the marked cells differ from the rest; all-differ: no two majority. */
  agreement: 'all-alike' | 'some-differ' | 'all-differ';
}

export interface CompareTable {
  /** The start every timing is counted from, as given (London time). */
  start: string;
  protocols: ComparedProtocol[];
  rows: CompareRow[];
}

/**
 * Which cells differ from what most of the protocols say. When no value is shared by most, marking
 * every cell would highlight nothing: the row as a whole is said to differ instead.
 */
function differing(cells: string[][]): Pick<CompareRow, 'differs' | 'agreement'> {
  const keys = cells.map((c) => c.join('\n'));
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (counts.size === 1) return { differs: keys.map(() => false), agreement: 'all-alike' };
  if (n > keys.length / 2) return { differs: keys.map((k) => k !== top), agreement: 'some-differ' };
  return { differs: keys.map(() => false), agreement: 'all-differ' };
}

export function compareProtocols(machines: readonly Machine[], start: Date, startText: string): CompareTable {
  const subjects: Subject[] = machines.map((machine) => ({ machine, walk: simulate(machine, { start }) }));
  const rows = ASPECTS.map((aspect) => {
    const cells = subjects.map((s) => aspect.cell(s));
    return { id: aspect.id, label: aspect.label, cells, ...differing(cells) };
  });
  const protocols = machines.map((m) => ({
    id: m.id,
    title: oneLine(m.meta.title),
    partnership: oneLine(m.meta.partnership.name),
    version: m.meta.version,
    effective: formatDate(m.meta.effective),
  }));
  return { start: startText, protocols, rows };
}
