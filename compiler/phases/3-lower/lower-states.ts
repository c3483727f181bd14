// Lowers stages and levels: who meets whom, what happens, the deadline cases, other timescales,
// the worst-case cumulative total and every recording duty that applies there.
import type { RecordDuty, Timescale } from '../../../dsl/ast.ts';
import type { Deadline, RecordingDuty, State } from '../../ir/types.ts';
import type { Analysis } from '../2-analyze/analysis.ts';
import { amountOf, unitOf } from '../2-analyze/facts.ts';
import type { StateInfo } from '../2-analyze/scope.ts';
import type { CitationTable } from './citations.ts';
import { lowerNotification, lowerStep, onlyIf } from './lower-duties.ts';

/** `indicative`: the protocol declares every timescale indicative unless one says `binding`. */
export function lowerDeadline(t: Timescale, cite: CitationTable, indicative = false): Deadline {
  const unit = unitOf(t.duration)!;
  const anchor = t.anchor?.name;
  const totalUnit = t.total ? unitOf(t.total) : null;
  const totalAmount = t.total ? amountOf(t.total) : null;
  return {
    amount: unit === 'immediately' ? null : amountOf(t.duration),
    unit,
    anchor: !anchor ? { kind: 'entry' } : anchor === 'escalation' ? { kind: 'escalation' } : { kind: 'after', state: anchor },
    further: t.duration.further,
    condition: t.condition?.name ?? null,
    binding: t.binding ?? !indicative,
    purpose: t.purpose?.value ?? null,
    wording: t.wording?.value ?? null,
    assertedTotal: totalUnit && totalAmount !== null ? { amount: totalAmount, unit: totalUnit } : null,
    ...onlyIf('qualifier', t.qualifier ? { kind: t.qualifier.kind, text: t.qualifier.text.value } : null),
    citations: cite.idsOf(t.cites),
  };
}

export function lowerDuty(
  duty: RecordDuty,
  origin: RecordingDuty['origin'],
  analysis: Analysis,
  cite: CitationTable,
): RecordingDuty {
  const kind = analysis.scope.symbols.get(duty.record.name)?.kind;
  const protocolWide = origin === 'protocol' && !duty.atOutcome;
  const when: RecordingDuty['when'] =
    origin === 'route' ? 'route' : origin === 'outcome' || (origin === 'protocol' && duty.atOutcome) ? 'outcome' : protocolWide ? 'every_stage' : 'stage';
  return {
    record: duty.record.name,
    recordKind: kind === 'form' ? 'form' : 'register',
    by: duty.by.map((n) => n.name),
    sharedWith: duty.sharedWith.map((n) => n.name),
    when,
    from: duty.from?.name ?? null,
    what: duty.what?.value ?? null,
    ...onlyIf('condition', duty.condition?.name),
    inferred: duty.inferred?.reason?.value ?? null,
    origin,
    citations: cite.idsOf(duty.cites),
  };
}

function ownerOf(state: StateInfo | null): string | null {
  for (let s = state; s; s = s.parent) {
    const owner = s.decl.owner?.name ?? s.decl.meetings[0]?.role.name;
    if (owner) return owner;
  }
  return null;
}

export function lowerState(state: StateInfo, analysis: Analysis, cite: CitationTable): State {
  const d = state.decl;
  const { ast, scope } = analysis;
  const primary = d.timescales.filter((t) => t.primary);
  const deadline = [...primary.filter((t) => t.condition), ...primary.filter((t) => !t.condition)];
  const total = analysis.cumulative.get(state);
  const fromOrder = (name: string | undefined) => (name ? (scope.stateById.get(name)?.order ?? 0) : 0);
  const protocolDuties = ast.records.filter((r) => !r.atOutcome && state.order >= fromOrder(r.from?.name));
  const inherited = state.parent ? state.parent.decl.records : [];
  const indicative = ast.indicative.length > 0;
  return {
    id: d.id.name,
    kind: d.kind,
    title: d.title.value,
    parent: state.parent?.decl.id.name ?? null,
    levels: state.children.map((c) => c.decl.id.name),
    index: state.index,
    description: d.descriptions[0]?.value ?? null,
    actions: d.actions.map((a) => a.value),
    results: d.results.map((r) => r.value),
    meetings: d.meetings.map((m) => ({
      role: m.role.name,
      with: m.with && m.with.name !== 'counterpart' ? m.with.name : null,
      counterpart: m.with?.name === 'counterpart',
    })),
    owner: ownerOf(state),
    consultations: d.consultations.map((c) => ({
      roles: c.roles.map((r) => r.name),
      modality: c.modality,
      when: c.when?.value ?? null,
      citations: cite.idsOf(c.cites),
    })),
    convenes: d.convenes.map((b) => b.name),
    deadline: deadline.map((t) => lowerDeadline(t, cite, indicative)),
    timescales: d.timescales.filter((t) => !t.primary).map((t) => lowerDeadline(t, cite, indicative)),
    cumulative: total?.ok ? { amount: total.value.amount, unit: total.value.unit ?? 'immediately' } : null,
    records: [
      ...protocolDuties.map((r) => lowerDuty(r, 'protocol', analysis, cite)),
      ...inherited.map((r) => lowerDuty(r, 'state', analysis, cite)),
      ...d.records.map((r) => lowerDuty(r, 'state', analysis, cite)),
    ],
    ...onlyIf('steps', d.steps.map((s) => lowerStep(s, cite, indicative))),
    ...onlyIf('notifications', d.notifications.map((n) => lowerNotification(n, cite, indicative))),
    ...onlyIf('requiredForms', d.requiredForms.map((r) => ({ form: r.form.name, citations: cite.idsOf(r.cites) }))),
    notes: d.notes.map((n) => n.value),
    citations: cite.idsOf(d.cites),
    // Written only when declared, so machine.json of protocols that never renamed a stage is unchanged.
    ...(d.renamedFrom ? { renamedFrom: d.renamedFrom.name } : {}),
  };
}
