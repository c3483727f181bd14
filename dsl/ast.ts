// The syntax tree of a protocol source. Every node carries a span (character offsets into the
// source) so that any diagnostic can point at the exact words; lines and columns are computed only
// when a diagnostic is rendered.
import type { SourceBlock } from './ast-source.ts';

export interface Span {
  start: number;
  end: number;
}

export interface Name {
  name: string;
  span: Span;
}

export interface Text {
  value: string;
  span: Span;
}

export interface Citation {
  passages: Name[];
  inline: Text | null;
  span: Span;
}

export interface Acknowledgement {
  diagnostic: Name;
  reason: Text | null;
  span: Span;
}

/** What every declaration with a `{ ... }` block can hold besides its own properties. */
export interface Annotated {
  cites: Citation[];
  acknowledgements: Acknowledgement[];
  span: Span;
}

export interface Duration {
  immediately: boolean;
  further: boolean;
  amount: { value: number; span: Span } | null;
  unit: Name[];
  span: Span;
}

/** "or sooner where the child's plan requires it" / "or by the next panel meeting, whichever is later". */
export interface Qualifier {
  kind: 'sooner' | 'later';
  text: Text;
  span: Span;
}

export interface Timescale extends Annotated {
  primary: boolean;
  duration: Duration;
  anchor: Name | null;
  condition: Name | null;
  purpose: Text | null;
  wording: Text | null;
  total: Duration | null;
  binding: boolean | null;
  qualifier: Qualifier | null;
}

/** `notify`, `copy to` or `refer to` a role, body or agency: who is told, what, by whom, when. */
export interface Notification extends Annotated {
  kind: 'notify' | 'copy' | 'refer';
  to: Name[];
  what: Text | null;
  duration: Duration | null;
  condition: Name | null;
  by: Name[];
}

/**
 * A named, timed action: inside a stage (counted from entering it or from an earlier step of the
 * same stage), on an outcome (from reaching it) or on a route (from taking it).
 */
export interface StepDecl extends Annotated {
  id: Name;
  action: Text;
  duration: Duration | null;
  anchor: Name | null;
  condition: Name | null;
  by: Name[];
  wording: Text | null;
  binding: boolean | null;
  qualifier: Qualifier | null;
  notifications: Notification[];
}

/** What a route, an outcome or a stage can oblige people to do besides its own facts. */
export interface Duties {
  steps: StepDecl[];
  notifications: Notification[];
  records: RecordDuty[];
}

export interface Route extends Annotated, Duties {
  event: Name;
  condition: Name | null;
  target: Name;
  anyStage: boolean;
}

/** A named group of consecutive stages ("informal stages 1-2"). */
export interface PhaseDecl extends Annotated {
  id: Name;
  title: Text;
  from: Name;
  to: Name;
}

export interface RecordDuty extends Annotated {
  record: Name;
  by: Name[];
  sharedWith: Name[];
  everyStage: boolean;
  atOutcome: boolean;
  from: Name | null;
  what: Text | null;
  condition: Name | null;
  /** `inferred "reason"`: who records is the author's reading of the source, not its words. */
  inferred?: { reason: Text | null; span: Span } | null;
}

export interface Consultation extends Annotated {
  modality: 'may' | 'should';
  roles: Name[];
  when: Text | null;
}

export interface Meeting {
  role: Name;
  with: Name | null;
  span: Span;
}

export interface StateDecl extends Annotated {
  kind: 'stage' | 'level';
  id: Name;
  title: Text;
  levels: StateDecl[];
  meetings: Meeting[];
  owner: Name | null;
  /** The id this stage had in the version it supersedes (`renamed from step_2`), for `stepladder diff`. */
  renamedFrom: Name | null;
  consultations: Consultation[];
  convenes: Name[];
  actions: Text[];
  results: Text[];
  descriptions: Text[];
  notes: Text[];
  timescales: Timescale[];
  routes: Route[];
  records: RecordDuty[];
  steps: StepDecl[];
  notifications: Notification[];
  /** `required form <name>`: forms that must be completed at this stage. */
  requiredForms: RequiredForm[];
}

export interface RequiredForm extends Annotated {
  form: Name;
}

export interface RoleDecl extends Annotated {
  id: Name;
  title: Text;
  description: Text | null;
  equivalents: { text: Text; agency: Name | null }[];
  examples: Text[];
  /** `side own | other`: the agency of the person raising the concern, or the other agency. */
  side: Name | null;
}

export interface BodyDecl extends Annotated {
  id: Name;
  title: Text;
  kind: Name | null;
  partOf: Name | null;
  composition: Text | null;
  members: { value: number; span: Span } | null;
  chair: Text | null;
  description: Text | null;
}

export interface FieldDecl {
  id: Name;
  label: Text;
  type: Name | null;
  required: boolean;
  help: Text | null;
  /** `options "…", "…"`: what a `choice` field offers to tick, in the source's words. */
  options: Text[];
  /** `monitoring`: data the partnership collates across cases. */
  monitoring: boolean;
  span: Span;
}

export interface FormDecl extends Annotated {
  id: Name;
  title: Text;
  appendix: Text | null;
  description: Text | null;
  perStage: boolean;
  /** A register kept over many cases, one row per case, rather than one form per case. */
  log: boolean;
  fields: FieldDecl[];
}

export interface SimpleDecl extends Annotated {
  id: Name;
  title: Text;
  description: Text | null;
}

export interface ChannelDecl extends SimpleDecl {
  discouraged: { reason: Text | null; span: Span } | null;
}

export interface OutcomeDecl extends SimpleDecl {
  kind: Name | null;
  binding: boolean;
  body: Name | null;
  records: RecordDuty[];
  steps: StepDecl[];
  notifications: Notification[];
}

export interface StartDecl extends Annotated {
  anyStage: boolean;
  targets: Name[];
  condition: Name | null;
  after: Name[];
  /** `kind urgent | procedure | shortcut`: what sort of other way in this is; null when not said. */
  kind: Name | null;
}

export interface Prose extends Annotated {
  id: Name | null;
  text: Text;
  attribution: Text | null;
}

export interface Briefing {
  sections: { name: Name; text: Text }[];
  remember: Text[];
  actions: Text[];
  questions: Text[];
  span: Span;
}

// The source block (the published text and its passages) lives in ast-source.ts.
export type { Passage, SourceBlock } from './ast-source.ts';

export interface ProtocolDecl extends Annotated {
  id: Name | null;
  title: Text[];
  partnership: { name: Text; abbreviation: Text | null; span: Span }[];
  version: Text[];
  effective: Text[];
  supersedes: Text[];
  nation: Name[];
  appliesTo: Name[][];
  closures: { date: Text; reason: Text | null; span: Span }[];
  sources: SourceBlock[];
  agencies: SimpleDecl[];
  roles: RoleDecl[];
  bodies: BodyDecl[];
  conditions: SimpleDecl[];
  channels: ChannelDecl[];
  forms: FormDecl[];
  registers: SimpleDecl[];
  records: RecordDuty[];
  starts: StartDecl[];
  routes: Route[];
  stages: StateDecl[];
  phases: PhaseDecl[];
  outcomes: OutcomeDecl[];
  exits: SimpleDecl[];
  principles: Prose[];
  notes: Prose[];
  quotes: Prose[];
  briefings: Briefing[];
  /** `timescales indicative`: every timescale is indicative unless it says `binding` (issue 10 item 5). */
  indicative: Annotated[];
}
