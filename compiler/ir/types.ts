// TypeScript types of the compiled protocol, derived from the schema so they cannot drift from it.
// Developers consuming machine.json import these (`import type { Machine } from 'stepladder'`).
import type { Static } from '@sinclair/typebox';
import type { MachineSchema } from './schema.ts';
import type {
  AmountSchema,
  AnchorSchema,
  ConsultationSchema,
  DeadlineSchema,
  DiscretionaryStartSchema,
  EventSchema,
  ExitSchema,
  MeetingSchema,
  NationSchema,
  NotificationSchema,
  OutcomeSchema,
  PhaseSchema,
  QualifierSchema,
  StepSchema,
  RecordingDutySchema,
  StateSchema,
  TransitionSchema,
  UnitSchema,
} from './schema-parts.ts';

export type Machine = Static<typeof MachineSchema>;
export type Nation = Static<typeof NationSchema>;
export type Unit = Static<typeof UnitSchema>;
export type Amount = Static<typeof AmountSchema>;
export type Anchor = Static<typeof AnchorSchema>;
export type Deadline = Static<typeof DeadlineSchema>;
export type RecordingDuty = Static<typeof RecordingDutySchema>;
export type Meeting = Static<typeof MeetingSchema>;
export type Consultation = Static<typeof ConsultationSchema>;
export type State = Static<typeof StateSchema>;
export type Transition = Static<typeof TransitionSchema>;
export type MachineEvent = Static<typeof EventSchema>;
export type Outcome = Static<typeof OutcomeSchema>;
export type Exit = Static<typeof ExitSchema>;
export type DiscretionaryStart = Static<typeof DiscretionaryStartSchema>;
export type Notification = Static<typeof NotificationSchema>;
export type Step = Static<typeof StepSchema>;
export type Phase = Static<typeof PhaseSchema>;
export type Qualifier = Static<typeof QualifierSchema>;
export type Role = Machine['roles'][number];
export type Body = Machine['bodies'][number];
export type Form = Machine['forms'][number];
export type FormField = Form['fields'][number];
export type FormLayout = Form['layout'];
export type Channel = Machine['channels'][number];
export type Citation = Machine['citations'][number];
export type Meta = Machine['meta'];
export type BriefingSectionName = keyof Machine['briefing']['sections'];
