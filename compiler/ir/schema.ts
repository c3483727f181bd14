// The compiled protocol: the one IR every emitter reads, published as `machine.json` with this JSON
// Schema (draft 2020-12). Changing a shape here is a change to a public contract: bump FORMAT_VERSION.
import { Type, type TSchema } from '@sinclair/typebox';
import {
  AmountSchema,
  DiscretionaryStartSchema,
  EventSchema,
  ExitSchema,
  IsoDateString,
  NationSchema,
  OutcomeSchema,
  PhaseSchema,
  RecordingDutySchema,
  StateSchema,
  TransitionSchema,
  schemaHelpers,
} from './schema-parts.ts';

const { Id, Text, Nullable, Citations } = schemaHelpers;

export const FORMAT_VERSION = 1;
export const SCHEMA_ID = 'https://stepladder.dev/schema/machine-v1.json';

const strict = { additionalProperties: false } as const;

/**
 * A property added to format 1 after machines of it were published: the compiler always writes it,
 * but a machine.json from before it existed still validates (so `stepladder diff` can read it).
 */
const AddedInFormat1 = <T extends TSchema>(schema: T) => Type.Optional(schema);

const MetaSchema = Type.Object(
  {
    title: Text,
    partnership: Type.Object({ name: Text, abbreviation: Nullable(Text) }, strict),
    version: Nullable(Text),
    // A day, or a month (2019-09) when that is all the source states.
    effective: Nullable(Type.Union([IsoDateString, Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' })])),
    supersedes: Nullable(Text),
    appliesTo: Type.Array(Type.Union([Type.Literal('children'), Type.Literal('adults'), Type.Literal('carers')])),
    source: Type.Object(
      {
        title: Nullable(Text),
        url: Nullable(Text),
        publisher: Nullable(Text),
        // Optional so that a machine.json written before these were added still validates. `retrieved`:
        // when the source was retrieved, as the protocol states it; `text`: the file beside the protocol
        // holding the source's full published text; `fullProcedure`: the fuller document the source
        // points readers to, in its words.
        retrieved: Type.Optional(Nullable(Text)),
        text: Type.Optional(Nullable(Text)),
        fullProcedure: Type.Optional(Nullable(Text)),
      },
      strict,
    ),
    citations: Citations,
  },
  strict,
);

const RoleSchema = Type.Object(
  {
    id: Id,
    title: Text,
    description: Nullable(Text),
    equivalents: Type.Array(Type.Object({ text: Text, agency: Nullable(Id) }, strict)),
    examples: Type.Array(Text),
    side: AddedInFormat1(
      Type.Union([Type.Literal('own'), Type.Literal('other')], {
        description: "'own': in the agency of the person raising the concern; 'other': in the other agency. Absent: not said.",
      }),
    ),
    citations: Citations,
  },
  strict,
);

const BodySchema = Type.Object(
  {
    id: Id,
    title: Text,
    kind: Type.Union([Type.Literal('partnership'), Type.Literal('subgroup'), Type.Literal('panel'), Type.Literal('meeting')]),
    description: Nullable(Text),
    partOf: Nullable(Id),
    composition: Nullable(Text),
    members: Nullable(Type.Integer({ minimum: 1 })),
    chair: Nullable(Text),
    citations: Citations,
  },
  strict,
);

const FieldSchema = Type.Object(
  {
    id: Id,
    label: Text,
    type: Type.Union(['text', 'longtext', 'date', 'datetime', 'yesno', 'role', 'number', 'choice'].map((t) => Type.Literal(t))),
    required: Type.Boolean(),
    help: Nullable(Text),
    options: AddedInFormat1(Type.Array(Text, { description: "What a 'choice' field offers to tick, in the source's words; present only on choice fields." })),
    monitoring: AddedInFormat1(Type.Boolean({ description: 'Data the partnership collates across cases; present only when true.' })),
  },
  strict,
);

const FormSchema = Type.Object(
  {
    id: Id,
    title: Text,
    appendix: Nullable(Text),
    description: Nullable(Text),
    layout: Type.Union([Type.Literal('form'), Type.Literal('per_stage'), Type.Literal('log')], {
      description: "How it is printed: 'form', one form per case; 'per_stage', one form per case with a block per stage; 'log', a register kept over many cases, one row per case.",
    }),
    perStage: Type.Boolean({ description: "Completed at every stage: one block per stage. Kept for readers of format 1; the same as layout 'per_stage'." }),
    fields: Type.Array(FieldSchema),
    citations: Citations,
  },
  strict,
);

const BriefingSectionsSchema = Type.Object(
  Object.fromEntries(
    ['background', 'why', 'stages', 'timescales', 'recording', 'remember', 'actions'].map((k) => [k, Nullable(Text)]),
  ),
  strict,
);

export const MachineSchema = Type.Object(
  {
    format: Type.Literal('stepladder.machine'),
    formatVersion: Type.Literal(FORMAT_VERSION),
    id: Id,
    meta: MetaSchema,
    calendar: Type.Object(
      { nation: NationSchema, closures: Type.Array(Type.Object({ date: IsoDateString, reason: Nullable(Text) }, strict)) },
      strict,
    ),
    agencies: Type.Array(Type.Object({ id: Id, title: Text, description: AddedInFormat1(Nullable(Text)) }, strict)),
    roles: Type.Array(RoleSchema),
    bodies: Type.Array(BodySchema),
    conditions: Type.Array(Type.Object({ id: Id, text: Text, description: AddedInFormat1(Nullable(Text)), citations: Citations }, strict)),
    channels: Type.Array(
      Type.Object({ id: Id, title: Text, description: AddedInFormat1(Nullable(Text)), discouraged: Type.Boolean(), reason: Nullable(Text), citations: Citations }, strict),
    ),
    forms: Type.Array(FormSchema),
    registers: Type.Array(Type.Object({ id: Id, title: Text, description: AddedInFormat1(Nullable(Text)), citations: Citations }, strict)),
    initial: Id,
    discretionaryStarts: Type.Array(DiscretionaryStartSchema),
    states: Type.Array(StateSchema),
    phases: AddedInFormat1(Type.Array(PhaseSchema, { description: 'Named groups of consecutive stages ("informal", "formal").' })),
    outcomes: Type.Array(OutcomeSchema),
    exits: Type.Array(ExitSchema),
    events: Type.Array(EventSchema),
    transitions: Type.Array(TransitionSchema),
    recording: Type.Array(RecordingDutySchema, { description: 'Protocol-wide recording duties (also copied into each state they apply to).' }),
    principles: Type.Array(Type.Object({ id: Nullable(Id), text: Text, citations: Citations }, strict)),
    notes: Type.Array(Type.Object({ text: Text, citations: Citations }, strict)),
    quotes: Type.Array(Type.Object({ text: Text, attribution: Text, citations: Citations }, strict)),
    briefing: Type.Object(
      {
        sections: BriefingSectionsSchema,
        remember: Type.Array(Text),
        actions: Type.Array(Text),
        questions: Type.Array(Text),
      },
      strict,
    ),
    citations: Type.Array(Type.Object({ id: Id, text: Text, inline: Type.Boolean() }, strict)),
    acknowledgements: Type.Array(
      Type.Object({ code: Type.String({ pattern: '^[EW][0-9]{4}$' }), name: Id, reason: Text, target: Nullable(Id) }, strict),
    ),
  },
  { ...strict, $id: SCHEMA_ID, title: 'Stepladder compiled escalation protocol' },
);

export { AmountSchema };

/** The published JSON Schema document (what `stepladder schema` prints). */
export function machineJsonSchema(): Record<string, unknown> {
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', ...structuredClone(MachineSchema) };
}
