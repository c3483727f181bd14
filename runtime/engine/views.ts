// People and paperwork at each point of the walk, with ids resolved to the titles the protocol
// gives them, so a timeline can be printed without the rest of the compiled protocol.

import type { RecordingDuty, State } from '../../compiler/ir/types.ts';
import { bodyTitle, roleTitle, type MachineIndex } from './machine-index.ts';
import type { MeetingView, Named, RecordView } from './types.ts';

const role = (index: MachineIndex, id: string): Named => ({ id, title: roleTitle(index, id) });

export function meetingViews(index: MachineIndex, state: State): MeetingView[] {
  return state.meetings.map((m) => ({
    role: role(index, m.role),
    with: m.with === null ? null : role(index, m.with),
    counterpart: m.counterpart,
  }));
}

export function ownerView(index: MachineIndex, state: State): Named | null {
  return state.owner === null ? null : role(index, state.owner);
}

export function convenesViews(index: MachineIndex, state: State): Named[] {
  return state.convenes.map((id) => ({ id, title: bodyTitle(index, id) }));
}

/** Recording duties as views; with case facts, only those whose condition (if any) holds. */
export function recordViews(index: MachineIndex, duties: readonly RecordingDuty[], facts?: Readonly<Record<string, boolean>>): RecordView[] {
  const applies = (d: RecordingDuty) => facts === undefined || d.condition == null || facts[d.condition] === true;
  return duties.filter(applies).map((d) => {
    const record = index.records.get(d.record);
    return {
      record: d.record,
      title: record?.title ?? d.record,
      kind: d.recordKind,
      appendix: record?.appendix ?? null,
      by: d.by.map((id) => role(index, id)),
      sharedWith: d.sharedWith.map((id) => role(index, id)),
      what: d.what,
      when: d.when,
      ...(d.condition ? { condition: d.condition } : {}),
      inferred: d.inferred ?? null,
    };
  });
}
