// W0501 briefing_section_empty: a briefing section the protocol gives nothing to fill. The section
// still prints ("Not stated in this protocol.") so the page keeps its seven numbered parts; the
// warning names the construct that would fill it. Protocol-level acknowledgements accept the gap.
import { makeDiagnostic } from '../../diagnostics/report.ts';
import type { Diagnostic } from '../../diagnostics/types.ts';
import type { Machine } from '../../ir/types.ts';
import type { SectionSpec } from './section-view.ts';

export const BRIEFING_SECTION_EMPTY = { code: 'W0501', name: 'briefing_section_empty' } as const;

export function briefingSectionEmpty(spec: SectionSpec, file: string): Diagnostic {
  return makeDiagnostic(file, BRIEFING_SECTION_EMPTY.name, { start: 0, end: 0 }, { section: spec.key, construct: spec.construct });
}

/**
 * The author's reason when a protocol-level acknowledgement explains an empty section:
 * `briefing_section_empty` (W0501) itself, or, for the timescales section, `missing_timescale`
 * (the author has already said the source states none). Null when the gap is unexplained.
 */
export function acknowledgedReason(machine: Machine, spec: SectionSpec): string | null {
  const accepts = (name: string, code: string) =>
    name === BRIEFING_SECTION_EMPTY.name || code === BRIEFING_SECTION_EMPTY.code || (spec.key === 'timescales' && name === 'missing_timescale');
  const ack = machine.acknowledgements.find((a) => a.target === null && accepts(a.name, a.code));
  return ack ? ack.reason : null;
}
