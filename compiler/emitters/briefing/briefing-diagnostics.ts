// W0501 briefing_section_empty: a briefing section the protocol gives nothing to fill. The section
// still prints ("Not stated in this protocol.") so the page keeps its seven numbered parts; the
// warning tells the author which construct would fill it. The lead registers the code; until the
// registry offers a typed `report`, the diagnostic is built here in the registry's shape.
import type { Diagnostic } from '../../diagnostics/types.ts';
import type { Machine } from '../../ir/types.ts';
import type { SectionSpec } from './section-view.ts';

export const BRIEFING_SECTION_EMPTY = { code: 'W0501', name: 'briefing_section_empty' } as const;

export function briefingSectionEmpty(spec: SectionSpec, file: string): Diagnostic {
  return {
    ...BRIEFING_SECTION_EMPTY,
    severity: 'warning',
    message: `The briefing section '${spec.key}' has nothing to show; add ${spec.construct} to the protocol.`,
    help: `Section ${spec.number} (${spec.heading}) is filled from ${spec.construct}. To write it yourself, add \`briefing { section ${spec.key} "..." }\`; to accept the gap, add \`acknowledge briefing_section_empty "why"\` to the protocol.`,
    file,
    span: { start: 0, end: 0 },
    related: [],
  };
}

/**
 * Protocol-level acknowledgements that explain an empty section: `briefing_section_empty` itself, or
 * for the timescales section `missing_timescale` (the author has already said the source has none).
 * Returns the author's reason, or null when the gap is unexplained.
 */
export function acknowledgedReason(machine: Machine, spec: SectionSpec): string | null {
  const names = spec.key === 'timescales' ? [BRIEFING_SECTION_EMPTY.name, 'missing_timescale'] : [BRIEFING_SECTION_EMPTY.name];
  const ack = machine.acknowledgements.find(
    (a) => names.includes(a.name) && (a.target === null || a.target === spec.key || a.target === machine.id),
  );
  return ack ? ack.reason : null;
}
