// Recording duties as people read them: which form or record, by whom, when, what and shared with
// whom. The IR copies protocol-wide duties into every state they apply to; we read each duty once,
// where it was declared (protocol, stage or outcome), so nothing is listed twice.
import type { Machine, RecordingDuty } from '../../ir/types.ts';
import { capitalise, oneLine, type Namer } from './text.ts';

export interface DutyView {
  record: string;
  recordTitle: string;
  /** "Appendix 1" for forms the protocol publishes as appendices. */
  appendix: string | null;
  kind: 'form' | 'register';
  when: string;
  by: string | null;
  sharedWith: string | null;
  what: string | null;
}

function whenText(duty: RecordingDuty, place: string | null, names: Namer): string {
  if (duty.when === 'every_stage') return duty.from ? `At every stage from ${names.state(duty.from)}` : 'At every stage';
  const only = duty.condition ? `, only if ${names.condition(duty.condition)}` : '';
  if (duty.when === 'outcome') return `${place ? `When the outcome is: ${place}` : 'At the outcome'}${only}`;
  if (duty.when === 'route') return `${place ? `When the route is taken: ${place}` : 'When the route is taken'}${only}`;
  return `${place ? `At ${place}` : 'At every stage'}${only}`;
}

function view(machine: Machine, duty: RecordingDuty, place: string | null, names: Namer): DutyView {
  const form = machine.forms.find((f) => f.id === duty.record);
  return {
    record: duty.record,
    recordTitle: names.record(duty.record),
    appendix: form?.appendix ?? null,
    kind: duty.recordKind,
    when: whenText(duty, place, names),
    // An inferred recorder is printed as the author's reading, never as the source's words.
    by: duty.by.length > 0 ? `${names.rolesInSentence(duty.by)}${duty.inferred ? ' (implied by the source)' : ''}` : null,
    sharedWith: duty.sharedWith.length > 0 ? names.rolesInSentence(duty.sharedWith) : null,
    what: duty.what ? capitalise(oneLine(duty.what)) : null,
  };
}

/** Every recording duty once, in protocol order: protocol-wide, then per stage, then per outcome. */
export function describeDuties(machine: Machine, names: Namer): DutyView[] {
  const duties: DutyView[] = machine.recording.map((d) => view(machine, d, null, names));
  for (const state of machine.states) {
    for (const d of state.records) if (d.origin === 'state') duties.push(view(machine, d, state.title, names));
  }
  for (const outcome of machine.outcomes) {
    for (const d of outcome.records) if (d.origin === 'outcome') duties.push(view(machine, d, outcome.title, names));
  }
  for (const t of machine.transitions) {
    const place = `${t.source ? names.state(t.source) : 'any stage'} → ${names.target(t.target)}`;
    for (const d of t.records ?? []) duties.push(view(machine, d, place, names));
  }
  const seen = new Set<string>();
  return duties.filter((d) => {
    const key = JSON.stringify(d);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
