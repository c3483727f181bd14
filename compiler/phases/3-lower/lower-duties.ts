// Lowers what people must do besides meeting: named steps with their own deadlines, notifications
// (notify, copy to, refer to) and the phases that group stages. Steps count from entering the stage
// (or reaching the outcome, or taking the route), from an earlier step (`of <step>`), or from the
// start of the escalation.
import type { Duration, Notification as NotificationDecl, PhaseDecl, Qualifier, StepDecl, Text } from '../../../dsl/ast.ts';
import type { Deadline, Notification, Phase, Step } from '../../ir/types.ts';
import type { Analysis } from '../2-analyze/analysis.ts';
import { amountOf, unitOf } from '../2-analyze/facts.ts';
import type { CitationTable } from './citations.ts';

/**
 * Properties added to format 1 by issue 10 are written only when they say something, so a protocol
 * that uses none of the new constructs compiles to exactly the bytes it did before.
 */
export function onlyIf<K extends string, V>(key: K, value: V | null | undefined | readonly unknown[]): Partial<Record<K, V>> {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return {};
  return { [key]: value } as Partial<Record<K, V>>;
}

interface TimedParts {
  duration: Duration;
  anchor: string | null;
  condition: string | null;
  binding: boolean | null;
  /** The protocol declares its timescales indicative (`timescales indicative`): the default when a timescale says neither. */
  indicative: boolean;
  wording: Text | null;
  qualifier: Qualifier | null;
  citations: string[];
}

function timed(parts: TimedParts): Deadline {
  const unit = unitOf(parts.duration)!;
  const anchor: Deadline['anchor'] = !parts.anchor
    ? { kind: 'entry' }
    : parts.anchor === 'escalation'
      ? { kind: 'escalation' }
      : { kind: 'step', step: parts.anchor };
  return {
    amount: unit === 'immediately' ? null : amountOf(parts.duration),
    unit,
    anchor,
    further: parts.duration.further,
    condition: parts.condition,
    binding: parts.binding ?? !parts.indicative,
    purpose: null,
    wording: parts.wording?.value ?? null,
    assertedTotal: null,
    ...onlyIf('qualifier', parts.qualifier ? { kind: parts.qualifier.kind, text: parts.qualifier.text.value } : null),
    citations: parts.citations,
  };
}

export function lowerNotification(n: NotificationDecl, cite: CitationTable, indicative = false): Notification {
  const citations = cite.idsOf(n.cites);
  return {
    kind: n.kind,
    to: n.to.map((t) => t.name),
    what: n.what?.value ?? null,
    by: n.by.map((b) => b.name),
    deadline: n.duration
      ? timed({ duration: n.duration, anchor: null, condition: null, binding: null, indicative, wording: null, qualifier: null, citations })
      : null,
    condition: n.condition?.name ?? null,
    citations,
  };
}

export function lowerStep(s: StepDecl, cite: CitationTable, indicative = false): Step {
  const citations = cite.idsOf(s.cites);
  return {
    id: s.id.name,
    action: s.action.value,
    by: s.by.map((b) => b.name),
    deadline: s.duration
      ? timed({
          duration: s.duration,
          anchor: s.anchor?.name ?? null,
          condition: s.condition?.name ?? null,
          binding: s.binding,
          indicative,
          wording: s.wording,
          qualifier: s.qualifier,
          citations,
        })
      : null,
    condition: s.condition?.name ?? null,
    notifications: s.notifications.map((n) => lowerNotification(n, cite, indicative)),
    citations,
  };
}

/** A phase lists the top-level stages from its first to its last, in protocol order. */
export function lowerPhase(p: PhaseDecl, analysis: Analysis, cite: CitationTable): Phase {
  const top = analysis.scope.states.filter((s) => !s.parent);
  const from = top.findIndex((s) => s.decl.id.name === p.from.name);
  const to = top.findIndex((s) => s.decl.id.name === p.to.name);
  return {
    id: p.id.name,
    title: p.title.value,
    states: from >= 0 && to >= from ? top.slice(from, to + 1).map((s) => s.decl.id.name) : [],
    citations: cite.idsOf(p.cites),
  };
}
