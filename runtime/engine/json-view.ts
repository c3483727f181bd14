// The simulation as JSON-ready data: the stable contract of `stepladder simulate --format json`
// (docs/simulate.md). Instants are written twice, as an ISO string in London's offset and as the
// label people read. Adding a field is compatible; renaming or removing one bumps the version.

import type { Amount } from '../../compiler/ir/types.ts';
import type { ClosureDay } from '../calendar/types.ts';
import { formatLondonIso, formatLondonShort } from './date-time.ts';
import type { DeadlineResult, DutiesView, MeetingView, Named, NotificationView, RecordView, SimulatedStep, Simulation, TimescaleResult } from './types.ts';

export const SIMULATION_FORMAT = 'stepladder.simulation';
export const SIMULATION_FORMAT_VERSION = 1;

export interface InstantJson {
  /** "2026-01-06T17:00:00+00:00": exact, in London's offset (+01:00 in summer). */
  iso: string;
  /** "Tue 6 Jan 2026 17:00": London time, for display. */
  london: string;
}

export interface TimescaleJson {
  amount: number | null;
  unit: string;
  condition: string | null;
  binding: boolean;
  further: boolean;
  purpose: string | null;
  wording: string | null;
  /** "or sooner …" / "or … whichever is later": the part of the timescale no calendar counts. */
  qualifier?: { kind: 'sooner' | 'later'; text: string };
  anchor: { kind: string; state: string | null; at: InstantJson; note: string | null };
  due: InstantJson;
  rule: string;
}

export interface DeadlineJson extends TimescaleJson {
  missed: boolean;
}

export interface DutiesJson {
  steps: { id: string; action: string; condition: string | null; by: Named[]; due: TimescaleJson | null; overdue: boolean; notifications: NotificationJson[] }[];
  notifications: NotificationJson[];
}

export interface NotificationJson {
  kind: 'notify' | 'copy' | 'refer';
  to: Named[];
  what: string | null;
  by: Named[];
  condition: string | null;
  due: TimescaleJson | null;
}

export interface StepJson {
  state: string;
  kind: 'stage' | 'level';
  title: string;
  parent: string | null;
  entered: InstantJson;
  exited: InstantJson | null;
  exit: { event: string; transition: string; target: string; targetKind: string; timing: string; duties: DutiesJson; records: RecordView[] } | null;
  owner: Named | null;
  meetings: MeetingView[];
  convenes: Named[];
  deadline: DeadlineJson | null;
  timescales: TimescaleJson[];
  cumulative: Amount | null;
  total: Amount | null;
  /** Whether `total` equals the protocol's stated `cumulative`; null when either is missing. */
  totalMatches: boolean | null;
  records: RecordView[];
  duties: DutiesJson;
}

export interface SimulationJson {
  format: typeof SIMULATION_FORMAT;
  formatVersion: typeof SIMULATION_FORMAT_VERSION;
  protocol: Named;
  calendar: { nation: string; closureDays: ClosureDay[]; description: string };
  start: InstantJson;
  startState: string;
  conditions: Record<string, boolean>;
  steps: StepJson[];
  end: {
    kind: 'outcome' | 'exit';
    id: string;
    title: string;
    at: InstantJson;
    description: string | null;
    outcomeKind: string | null;
    binding: boolean;
    body: Named | null;
    records: RecordView[];
    duties: DutiesJson;
  } | null;
  stopped: { state: string; reason: string } | null;
  /** States whose deadline passed before they ended, in walk order. */
  missedDeadlines: string[];
}

export function instantJson(at: Date): InstantJson {
  return { iso: formatLondonIso(at), london: formatLondonShort(at) };
}

function timescaleJson(t: TimescaleResult): TimescaleJson {
  return {
    amount: t.spec.amount,
    unit: t.spec.unit,
    condition: t.spec.condition,
    binding: t.spec.binding,
    further: t.spec.further,
    purpose: t.spec.purpose,
    wording: t.spec.wording,
    ...(t.spec.qualifier ? { qualifier: t.spec.qualifier } : {}),
    anchor: { kind: t.anchor.kind, state: t.anchor.state, at: instantJson(t.anchor.at), note: t.anchor.note },
    due: instantJson(t.due),
    rule: t.rule,
  };
}

function notificationJson(n: NotificationView): NotificationJson {
  const x = n.notification;
  return { kind: x.kind, to: [...n.to], what: x.what, by: [...n.by], condition: x.condition, due: n.due && timescaleJson(n.due) };
}

function dutiesJson(d: DutiesView): DutiesJson {
  return {
    steps: d.timedSteps.map((s) => ({
      id: s.step.id,
      action: s.step.action,
      condition: s.step.condition,
      by: [...s.by],
      due: s.due && timescaleJson(s.due),
      overdue: s.overdue,
      notifications: s.notifications.map(notificationJson),
    })),
    notifications: d.notifications.map(notificationJson),
  };
}

function deadlineJson(d: DeadlineResult): DeadlineJson {
  return { ...timescaleJson(d), missed: d.missed };
}

export function totalMatches(step: SimulatedStep): boolean | null {
  if (!step.total || !step.cumulative) return null;
  return step.total.amount === step.cumulative.amount && step.total.unit === step.cumulative.unit;
}

function stepJson(step: SimulatedStep): StepJson {
  return {
    state: step.state.id,
    kind: step.state.kind,
    title: step.state.title,
    parent: step.state.parent,
    entered: instantJson(step.enteredAt),
    exited: step.exitedAt ? instantJson(step.exitedAt) : null,
    exit: step.exit && {
      event: step.exit.event,
      transition: step.exit.transition.id,
      target: step.exit.transition.target,
      targetKind: step.exit.transition.targetKind,
      timing: step.exit.timing,
      duties: dutiesJson(step.exit.duties),
      records: [...step.exit.records],
    },
    owner: step.owner,
    meetings: [...step.meetings],
    convenes: [...step.convenes],
    deadline: step.deadline && deadlineJson(step.deadline),
    timescales: step.timescales.map(timescaleJson),
    cumulative: step.cumulative,
    total: step.total,
    totalMatches: totalMatches(step),
    records: [...step.records],
    duties: dutiesJson(step.duties),
  };
}

/** Plain data for JSON.stringify (pass it through a key-sorting writer for stable bytes). */
export function simulationToJson(sim: Simulation): SimulationJson {
  return {
    format: SIMULATION_FORMAT,
    formatVersion: SIMULATION_FORMAT_VERSION,
    protocol: sim.protocol,
    calendar: { nation: sim.calendar.nation, closureDays: [...sim.calendar.closureDays], description: sim.calendar.description },
    start: instantJson(sim.start),
    startState: sim.startState,
    conditions: { ...sim.conditions },
    steps: sim.steps.map(stepJson),
    end: sim.end && { ...sim.end, at: instantJson(sim.end.at), records: [...sim.end.records], duties: dutiesJson(sim.end.duties) },
    stopped: sim.stopped,
    missedDeadlines: sim.steps.filter((s) => s.deadline?.missed).map((s) => s.state.id),
  };
}
