// Building blocks of the compiled protocol (the IR). Written once with TypeBox so the published JSON
// Schema and the TypeScript types can never disagree: the types are derived from these schemas.
import { Type, type TSchema } from '@sinclair/typebox';

// Portable patterns only (docs/machine-format.md): ajv, Python's `re` and TypeBox's `Value.Check`
// (no `u` flag) read them alike. So no `\p{L}`, `\d` or lookarounds: a name starts with an ASCII
// letter, `_` or any non-ASCII character, then also digits and `-`. The compiler's lexer is stricter
// (non-ASCII letters only); negated classes keep characters beyond U+FFFF the same with or without `u`.
const Id = Type.String({
  pattern: '^[^\\u0000-\\u0040\\u005B-\\u005E\\u0060\\u007B-\\u007F][^\\u0000-\\u002C\\u002E\\u002F\\u003A-\\u0040\\u005B-\\u005E\\u0060\\u007B-\\u007F]*$',
  description: 'A name from the protocol source.',
});
/** A calendar day, `YYYY-MM-DD` (a pattern rather than `format: date`, which validators treat differently). */
export const IsoDateString = Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$' });
const Text = Type.String({ minLength: 1 });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Citations = Type.Array(Id, { description: 'Ids of passages in `citations` that this fact encodes.' });
/**
 * A property added to format 1 after machines of it were published (steps, notifications, phases,
 * qualifiers, conditional duties): the compiler writes it only when the protocol uses it, so a
 * protocol without them compiles to the same bytes as before and an earlier machine.json validates.
 */
const AddedInFormat1 = <T extends TSchema>(schema: T) => Type.Optional(schema);

export const NationSchema = Type.Union(
  [Type.Literal('england'), Type.Literal('wales'), Type.Literal('scotland'), Type.Literal('northern-ireland')],
  { description: 'Picks the bank-holiday calendar.' },
);

export const UnitSchema = Type.Union([
  Type.Literal('working_days'),
  Type.Literal('calendar_days'),
  Type.Literal('hours'),
  Type.Literal('immediately'),
]);

export const AmountSchema = Type.Object(
  { amount: Type.Number({ minimum: 0 }), unit: UnitSchema },
  { additionalProperties: false },
);

export const AnchorSchema = Type.Union(
  [
    Type.Object({ kind: Type.Literal('entry') }, { additionalProperties: false, description: 'From entering the stage.' }),
    Type.Object({ kind: Type.Literal('escalation') }, { additionalProperties: false, description: 'From the start of the escalation.' }),
    Type.Object(
      { kind: Type.Literal('after'), state: Id },
      { additionalProperties: false, description: 'From the end of the named stage ("within a further N of Step X").' },
    ),
    Type.Object(
      { kind: Type.Literal('step'), step: Id },
      { additionalProperties: false, description: 'From the due moment of an earlier step of the same stage, outcome or route ("within a further 3 working days of the response").' },
    ),
  ],
  { description: 'The moment a timescale is counted from.' },
);

export const QualifierSchema = Type.Object(
  {
    kind: Type.Union([Type.Literal('sooner'), Type.Literal('later')], {
      description: "'sooner': due at the stated time or sooner when the text applies (whichever comes first); 'later': whichever is later.",
    }),
    text: Text,
  },
  { additionalProperties: false, description: 'A part of the timescale that no calendar can count, kept with its number wherever it is shown.' },
);

export const DeadlineSchema = Type.Object(
  {
    amount: Nullable(Type.Number({ minimum: 0 })),
    unit: UnitSchema,
    anchor: AnchorSchema,
    further: Type.Boolean({ description: 'Stated as "within a further N".' }),
    condition: Nullable(Id),
    binding: Type.Boolean({ description: 'False when the source gives the timescale as indicative only.' }),
    purpose: Nullable(Text),
    wording: Nullable(Text),
    assertedTotal: Nullable(AmountSchema),
    qualifier: AddedInFormat1(Nullable(QualifierSchema)),
    citations: Citations,
  },
  { additionalProperties: false },
);

export const NotificationSchema = Type.Object(
  {
    kind: Type.Union([Type.Literal('notify'), Type.Literal('copy'), Type.Literal('refer')], {
      description: "'notify' tells them; 'copy' sends them a copy of what is written; 'refer' passes the matter to them.",
    }),
    to: Type.Array(Id, { description: 'Roles, bodies or agencies told.' }),
    what: Nullable(Text),
    by: Type.Array(Id, { description: 'Roles who send it; empty when the source names no one.' }),
    deadline: Nullable(DeadlineSchema),
    condition: Nullable(Id),
    citations: Citations,
  },
  { additionalProperties: false },
);

export const StepSchema = Type.Object(
  {
    id: Id,
    action: Text,
    by: Type.Array(Id),
    deadline: Nullable(DeadlineSchema),
    condition: Nullable(Id),
    notifications: Type.Array(NotificationSchema),
    citations: Citations,
  },
  { additionalProperties: false, description: 'A named, timed action: not a level, never reached by a route.' },
);

export const PhaseSchema = Type.Object(
  { id: Id, title: Text, states: Type.Array(Id, { description: 'Top-level stages in the phase, in order.' }), citations: Citations },
  { additionalProperties: false },
);

export const RecordingDutySchema = Type.Object(
  {
    record: Id,
    recordKind: Type.Union([Type.Literal('form'), Type.Literal('register')]),
    by: Type.Array(Id),
    sharedWith: Type.Array(Id),
    when: Type.Union([Type.Literal('stage'), Type.Literal('every_stage'), Type.Literal('outcome'), Type.Literal('route')]),
    from: Nullable(Id),
    what: Nullable(Text),
    condition: AddedInFormat1(Nullable(Id)),
    // The author's reason when who records is inferred rather than stated (`inferred "…"`).
    inferred: AddedInFormat1(Nullable(Text)),
    origin: Type.Union([Type.Literal('protocol'), Type.Literal('state'), Type.Literal('outcome'), Type.Literal('route')]),
    citations: Citations,
  },
  { additionalProperties: false },
);

export const MeetingSchema = Type.Object(
  {
    role: Id,
    with: Nullable(Id),
    counterpart: Type.Boolean({ description: 'Meets the equivalent role in the other agency.' }),
  },
  { additionalProperties: false },
);

export const ConsultationSchema = Type.Object(
  {
    roles: Type.Array(Id),
    modality: Type.Union([Type.Literal('may'), Type.Literal('should')]),
    when: Nullable(Text),
    citations: Citations,
  },
  { additionalProperties: false },
);

export const StateSchema = Type.Object(
  {
    id: Id,
    kind: Type.Union([Type.Literal('stage'), Type.Literal('level')]),
    title: Text,
    parent: Nullable(Id),
    levels: Type.Array(Id),
    index: Type.Integer({ minimum: 1, description: 'Position among its siblings, from 1.' }),
    description: Nullable(Text),
    actions: Type.Array(Text),
    results: Type.Array(Text),
    meetings: Type.Array(MeetingSchema),
    owner: Nullable(Id),
    consultations: Type.Array(ConsultationSchema),
    convenes: Type.Array(Id),
    deadline: Type.Array(DeadlineSchema, { description: 'Cases of the stage deadline: conditional ones first, the default last.' }),
    timescales: Type.Array(DeadlineSchema, { description: 'Other timescales within the stage.' }),
    cumulative: Nullable(AmountSchema),
    records: Type.Array(RecordingDutySchema),
    steps: AddedInFormat1(Type.Array(StepSchema, { description: 'Named, timed actions within the stage.' })),
    notifications: AddedInFormat1(Type.Array(NotificationSchema)),
    requiredForms: AddedInFormat1(
      Type.Array(Type.Object({ form: Id, citations: Citations }, { additionalProperties: false }), {
        description: 'Forms that must be completed at this stage (`required form`); present only when declared.',
      }),
    ),
    notes: Type.Array(Text),
    citations: Citations,
    // The id this stage had in the version this one supersedes (`renamed from`); present only when declared.
    renamedFrom: Type.Optional(Id),
  },
  { additionalProperties: false },
);

export const TransitionSchema = Type.Object(
  {
    id: Text,
    source: Nullable(Id),
    event: Id,
    condition: Nullable(Id),
    target: Id,
    targetKind: Type.Union([Type.Literal('state'), Type.Literal('outcome'), Type.Literal('exit')]),
    steps: AddedInFormat1(Type.Array(StepSchema)),
    notifications: AddedInFormat1(Type.Array(NotificationSchema)),
    records: AddedInFormat1(Type.Array(RecordingDutySchema)),
    citations: Citations,
  },
  { additionalProperties: false, description: 'A route. `source` null means from any stage.' },
);

export const EventSchema = Type.Object(
  {
    id: Id,
    kind: Type.Union([Type.Literal('builtin'), Type.Literal('condition')]),
    label: Text,
  },
  { additionalProperties: false },
);

export const OutcomeSchema = Type.Object(
  {
    id: Id,
    title: Text,
    kind: Type.Union([Type.Literal('resolved'), Type.Literal('decision'), Type.Literal('learning'), Type.Literal('closed')]),
    binding: Type.Boolean(),
    body: Nullable(Id),
    description: Nullable(Text),
    records: Type.Array(RecordingDutySchema),
    steps: AddedInFormat1(Type.Array(StepSchema)),
    notifications: AddedInFormat1(Type.Array(NotificationSchema)),
    citations: Citations,
  },
  { additionalProperties: false },
);

export const ExitSchema = Type.Object(
  { id: Id, title: Text, description: Nullable(Text), citations: Citations },
  { additionalProperties: false },
);

export const DiscretionaryStartSchema = Type.Object(
  {
    condition: Nullable(Id),
    any: Type.Boolean({ description: 'Any stage may be initiated.' }),
    targets: Type.Array(Id),
    after: Type.Array(Id, { description: 'Roles to consult before choosing the stage.' }),
    kind: AddedInFormat1(
      Type.Union([Type.Literal('urgent'), Type.Literal('procedure'), Type.Literal('shortcut')], {
        description: "'urgent': for a child at risk; 'procedure': a different procedure (complaints, whistle-blowing, allegations against staff); 'shortcut': skipping stages by agreement. Absent: not said, read as urgent.",
      }),
    ),
    citations: Citations,
  },
  { additionalProperties: false },
);

export const schemaHelpers = { Id, Text, Nullable, Citations };
