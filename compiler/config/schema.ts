// The JSON Schema of stepladder.yaml, the partnership's configuration: who publishes the protocols,
// the site's branding, the contacts practitioners call, and per protocol its area and review dates.
// Written with TypeBox so the TypeScript type and the published schema are one definition; printed
// by `stepladder schema --config` for editors (yaml-language-server) and validators.
import { type Static, Type } from '@sinclair/typebox';

/** A UK number with its area code: 0151 000 0000, +44 151 000 0000, +44 (0)151 000 0000. */
export const UK_PHONE = '^(?:\\+44 ?(?:\\(0\\) ?)?|0)[1-9](?:[ -]?[0-9]){7,9}$';
export const EMAIL = '^[^\\s@<>()\\[\\],;:"]+@[^\\s@<>()\\[\\],;:"]+\\.[A-Za-z]{2,}$';
export const ISO_DATE = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
export const HTTP_URL = '^https?://[^\\s]+$';
export const LINK = '^(?:https?://[^\\s]+|mailto:[^\\s@]+@[^\\s]+)$';
export const HEX_COLOUR = '^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$';
/** A protocol's id, as written after `protocol` in its file. */
export const PROTOCOL_ID = '^[A-Za-z_][A-Za-z0-9_-]*$';

const text = (description: string) => Type.String({ minLength: 1, description });

export const CONTACT_KINDS = ['front_door', 'out_of_hours', 'lado', 'business_unit', 'other'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

const contact = Type.Object(
  {
    kind: Type.Unsafe<ContactKind>({
      type: 'string',
      enum: [...CONTACT_KINDS],
      description: 'front_door (children’s social care front door or MASH), out_of_hours, lado, business_unit (the safeguarding partnership business unit) or other.',
    }),
    name: text('The team’s name as practitioners know it.'),
    phone: Type.Optional(Type.String({ pattern: UK_PHONE, description: 'A UK number with its area code.' })),
    email: Type.Optional(Type.String({ pattern: EMAIL })),
    address: Type.Optional(text('Postal address, on one line or several.')),
    hours: Type.Optional(text('When the number is answered, e.g. "Monday to Friday, 9:00 to 17:00".')),
    note: Type.Optional(text('Anything else practitioners need, e.g. "for an immediate risk call 999".')),
  },
  { additionalProperties: false },
);

const protocolSettings = Type.Object(
  {
    area: Type.Optional(text('The area or partnership practitioners look for, e.g. "Sefton"; names the protocol everywhere.')),
    last_reviewed: Type.Optional(Type.String({ pattern: ISO_DATE, description: 'YYYY-MM-DD' })),
    next_review: Type.Optional(Type.String({ pattern: ISO_DATE, description: 'YYYY-MM-DD; `check` warns once it has passed.' })),
    feedback: Type.Optional(Type.String({ pattern: LINK, description: 'Where practitioners send comments: an https:// or mailto: link.' })),
    current: Type.Optional(Type.Boolean({ description: 'false for a protocol kept for reference but no longer in force.' })),
    acknowledge: Type.Optional(
      Type.Object(
        {
          review_overdue: Type.Optional(text('Why the protocol is still published after its review date.')),
          review_dates_missing: Type.Optional(text('Why no review dates are given, e.g. "The published source states none."')),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const configSchema = Type.Object(
  {
    partnership: Type.Optional(
      Type.Object({ name: Type.Optional(text('The partnership that publishes the site.')) }, { additionalProperties: false }),
    ),
    site: Type.Optional(
      Type.Object(
        {
          name: Type.Optional(text('Shown in the header of every page and the browser tab.')),
          description: Type.Optional(text('One sentence for search engines and link previews.')),
          url: Type.Optional(Type.String({ pattern: HTTP_URL, description: 'The public address of the site.' })),
          logo: Type.Optional(
            Type.Object(
              {
                src: text('An SVG or PNG, path from the repository root.'),
                alt: Type.Optional(Type.String({ description: 'Empty when the site name is shown beside the logo.' })),
              },
              { additionalProperties: false },
            ),
          ),
          colours: Type.Optional(
            Type.Object(
              {
                accent: Type.Optional(Type.String({ pattern: HEX_COLOUR, description: 'Links on white; needs 4.5:1 contrast.' })),
                accent_on_dark: Type.Optional(Type.String({ pattern: HEX_COLOUR, description: 'Links on the dark theme; needs 4.5:1 contrast.' })),
              },
              { additionalProperties: false },
            ),
          ),
          footer: Type.Optional(text('Shown at the foot of every page.')),
          immediate_risk: Type.Optional(
            text(
              'What to do when a child is at immediate risk, in the partnership’s own words (e.g. its front door’s number); shown on the index, every protocol page and poster, marked as a site notice, not part of the protocol.',
            ),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    contacts: Type.Optional(Type.Array(contact)),
    protocols: Type.Optional(
      Type.Record(Type.String({ pattern: PROTOCOL_ID }), protocolSettings, { additionalProperties: false }),
    ),
  },
  {
    additionalProperties: false,
    $id: 'https://stepladder.dev/schema/stepladder.yaml.json',
    title: 'stepladder.yaml',
    description: 'A safeguarding partnership’s Stepladder configuration.',
  },
);

export type RawConfig = Static<typeof configSchema>;

/** The schema as plain JSON (draft 2020-12), for `stepladder schema --config`. */
export function configJsonSchema(): Record<string, unknown> {
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', ...JSON.parse(JSON.stringify(configSchema)) };
}
