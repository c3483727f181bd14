// What a protocol page shows for each stage (and its levels): who meets whom, what happens, by when,
// what to record and where each route leads, each fact with the passages it cites. Wording comes
// from the printables' shared phrasing so the site, the briefing and the forms read the same way.
import type { Deadline, Machine, RecordingDuty, State, Transition } from '../../../compiler/ir/types.ts';
import {
  capitalise,
  deadlineCondition,
  deadlinePurpose,
  deadlineWording,
  formatAmount,
  joinList,
  namer,
  oneLine,
  paragraphs,
  routeCondition,
  stepSentence,
  type Namer,
} from '../../../compiler/emitters/print-shared/text.ts';
import { totalIsStated } from '../../../compiler/emitters/print-shared/totals.ts';

export interface Fact {
  text: string;
  citations: string[];
}

export interface TimingView {
  /** The published wording (or ours when the source has none), e.g. "Within a further 2 working days". */
  wording: string;
  purpose: string | null;
  condition: string | null;
  /** The timescale restated plainly, e.g. "2 working days after Step 1"; null when the wording says it already. */
  plain: string | null;
  citations: string[];
}

export interface RecordView {
  record: string;
  kind: 'form' | 'register';
  title: string;
  by: string | null;
  what: string | null;
  sharedWith: string | null;
  everyStage: boolean;
  citations: string[];
}

export interface RouteView {
  when: string;
  target: string;
  targetTitle: string;
  targetKind: Transition['targetKind'];
  citations: string[];
}

export interface StageView {
  id: string;
  anchor: string;
  title: string;
  kind: State['kind'];
  description: string[];
  who: Fact[];
  actions: string[];
  results: string[];
  deadlines: TimingView[];
  /** Worst-case time from the start of the escalation to the end of this stage, e.g. "6 working days". */
  total: string | null;
  timescales: TimingView[];
  /** "Step 1: The other agency acknowledges the concern: within 1 working day …", each with its deadline. */
  steps: Fact[];
  /** Forms the protocol requires at this stage (`required form`). */
  requiredForms: { form: string; title: string; citations: string[] }[];
  records: RecordView[];
  routes: RouteView[];
  notes: string[];
  citations: string[];
  levels: StageView[];
}

/** "Step 1" from "Step 1 – Direct Professional to Professional Discussion", for cross-references. */
export function shortTitle(title: string): string {
  const head = title.split(/\s[–—-]\s|:\s/u)[0]?.trim() ?? title;
  return head.length > 0 && head.length <= 24 ? head : title;
}

export function stageAnchor(id: string): string {
  return `stage-${id}`;
}

function whoFacts(state: State, names: Namer): Fact[] {
  const facts: Fact[] = state.meetings.map((m) => {
    const role = names.role(m.role);
    const text = m.with ? `${role} meets ${names.role(m.with)}.` : m.counterpart ? `${role} meets their counterpart in the other agency.` : `${role}.`;
    return { text, citations: [] };
  });
  if (state.owner && !state.meetings.some((m) => m.role === state.owner)) facts.push({ text: `Led by ${names.role(state.owner)}.`, citations: [] });
  for (const c of state.consultations) {
    const verb = c.modality === 'should' ? 'Should consult' : 'May consult';
    facts.push({ text: `${verb} ${names.roles(c.roles)}${c.when ? `, ${oneLine(c.when)}` : ''}.`, citations: c.citations });
  }
  if (state.convenes.length > 0) facts.push({ text: `Convenes the ${joinList(state.convenes.map((b) => names.body(b)))}.`, citations: [] });
  return facts;
}

/** The timescale in our own plain words, so a reader can check the published wording against it. */
export function plainTiming(d: Deadline, names: Namer): string {
  if (d.unit === 'immediately') return 'Immediately';
  const amount = formatAmount(d.amount, d.unit);
  switch (d.anchor.kind) {
    case 'entry':
      return `${capitalise(amount)} from the start of this stage`;
    case 'escalation':
      return `${capitalise(amount)} from the start of the escalation`;
    case 'after':
      return `${capitalise(amount)} after ${shortTitle(oneLine(names.state(d.anchor.state)))}`;
    case 'step':
      return `${capitalise(amount)} after “${names.step(d.anchor.step)}” is due`;
  }
}

/**
 * Our restatement, unless the published wording already says exactly that. A qualified timescale
 * ("or sooner where …", "or by …, whichever is later") is restated as the bound its number sets, so
 * the plain words never read as a fixed date beside a wording that allows another.
 */
export function restatement(d: Deadline, names: Namer): string | null {
  const wording = deadlineWording(d, names);
  const bound = d.qualifier ? (d.qualifier.kind === 'sooner' ? ' at the latest' : ' at the earliest') : '';
  const plain = plainTiming(d, names) + bound + (d.binding ? '' : ' (indicative)');
  if (wording.toLowerCase() === plain.toLowerCase()) return null;
  if (d.unit === 'immediately' && /immediately/i.test(wording)) return null;
  return plain;
}

/**
 * The restatement as it follows the wording: "(that is, …)", or "; that is, …" after a wording that
 * already ends in brackets ("… (whichever comes first)"), so two bracketed asides never sit together.
 */
export function plainAside(wording: string, plain: string): string {
  const words = plain.charAt(0).toLowerCase() + plain.slice(1);
  return wording.trimEnd().endsWith(')') ? `; that is, ${words}` : ` (that is, ${words})`;
}

function timing(d: Deadline, names: Namer): TimingView {
  return {
    wording: deadlineWording(d, names),
    purpose: deadlinePurpose(d),
    condition: deadlineCondition(d, names),
    plain: restatement(d, names),
    citations: d.citations,
  };
}

export function recordView(duty: RecordingDuty, names: Namer): RecordView {
  return {
    record: duty.record,
    kind: duty.recordKind,
    title: names.record(duty.record),
    by: duty.by.length > 0 ? names.roles(duty.by) : null,
    what: duty.what ? capitalise(oneLine(duty.what)) : null,
    sharedWith: duty.sharedWith.length > 0 ? names.roles(duty.sharedWith) : null,
    everyStage: duty.when === 'every_stage',
    citations: duty.citations,
  };
}

export function routeView(t: Transition, machine: Machine, names: Namer): RouteView {
  return {
    when: routeCondition(t, machine, names),
    target: t.target,
    targetTitle: oneLine(names.target(t.target)),
    targetKind: t.targetKind,
    citations: t.citations,
  };
}

/** The running total, unless the stage's one deadline already counts from the start of the escalation. */
export function totalWorthSaying(state: State): string | null {
  const total = state.cumulative;
  if (!total || total.unit === 'immediately') return null;
  const only = state.deadline.length === 1 ? state.deadline[0] : undefined;
  const repeats = only !== undefined && !only.further && only.anchor.kind === 'escalation' && only.amount === total.amount && only.unit === total.unit;
  // A total the source does not state is the compiler's arithmetic, and says so.
  return repeats ? null : `${formatAmount(total.amount, total.unit)}${totalIsStated(state) ? '' : ' (calculated)'}`;
}

function view(machine: Machine, state: State, names: Namer): StageView {
  return {
    id: state.id,
    anchor: stageAnchor(state.id),
    title: oneLine(state.title),
    kind: state.kind,
    description: state.description ? paragraphs(state.description) : [],
    who: whoFacts(state, names),
    actions: state.actions.map(oneLine),
    results: state.results.map(oneLine),
    deadlines: state.deadline.map((d) => timing(d, names)),
    total: totalWorthSaying(state),
    timescales: state.timescales.map((d) => timing(d, names)),
    steps: (state.steps ?? []).map((s, i) => ({
      text: `Step ${i + 1}: ${stepSentence(s, names)}.`,
      citations: [...s.citations, ...(s.deadline?.citations ?? [])],
    })),
    requiredForms: (state.requiredForms ?? []).map((r) => ({ form: r.form, title: oneLine(names.record(r.form)), citations: r.citations })),
    records: state.records.map((d) => recordView(d, names)),
    routes: machine.transitions.filter((t) => t.source === state.id).map((t) => routeView(t, machine, names)),
    notes: state.notes.map(oneLine),
    citations: state.citations,
    levels: state.levels
      .map((id) => machine.states.find((s) => s.id === id))
      .filter((s): s is State => s !== undefined)
      .map((s) => view(machine, s, names)),
  };
}

/** The top-level stages in protocol order, each with its levels nested. */
export function stageViews(machine: Machine): StageView[] {
  const names = namer(machine);
  return machine.states.filter((s) => s.parent === null).map((s) => view(machine, s, names));
}

/** Routes that apply from any stage ("if the child is at immediate risk, at any stage, go to …"). */
export function anyStageRoutes(machine: Machine): RouteView[] {
  const names = namer(machine);
  return machine.transitions.filter((t) => t.source === null).map((t) => routeView(t, machine, names));
}
