// The rows of a protocol's timescales table: every stage deadline and other timescale in protocol
// order, with the running total from the start of the escalation where the compiler could work it out.
import type { Machine } from '../../../compiler/ir/types.ts';
import {
  deadlineCondition,
  deadlinePurpose,
  deadlineWording,
  formatAmount,
  namer,
  oneLine,
} from '../../../compiler/emitters/print-shared/text.ts';
import { restatement, shortTitle, stageAnchor } from './stage-view.ts';
import { totalText } from '../../../compiler/emitters/print-shared/totals.ts';

export interface TimescaleRow {
  stage: string;
  /** "Step 2" when the title has such a head, else the full title. */
  stageShort: string;
  anchor: string;
  /** What must happen, when the source says; with the condition for conditional deadlines. */
  what: string | null;
  /** The published wording, and our restatement when it adds something. */
  wording: string;
  plain: string | null;
  /** Worst-case total from the start of the escalation; only on the stage deadline rows. */
  total: string | null;
  kind: 'deadline' | 'timescale';
  citations: string[];
}

export function timescaleRows(machine: Machine): TimescaleRow[] {
  const names = namer(machine);
  return machine.states.flatMap((state) => {
    const total = totalText(state);
    const row = (kind: TimescaleRow['kind']) => (d: (typeof state.deadline)[number]): TimescaleRow => {
      const parts = [deadlineCondition(d, names), deadlinePurpose(d)].filter((p): p is string => p !== null);
      return {
        stage: oneLine(state.title),
        stageShort: shortTitle(oneLine(state.title)),
        anchor: stageAnchor(state.id),
        what: parts.length > 0 ? parts.join(': ') : null,
        wording: deadlineWording(d, names),
        plain: restatement(d, names),
        total: kind === 'deadline' && d.unit !== 'immediately' ? total : null,
        kind,
        citations: d.citations,
      };
    };
    return [...state.deadline.map(row('deadline')), ...state.timescales.map(row('timescale'))];
  });
}
