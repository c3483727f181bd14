// The published JSON Schema rewritten into an equivalent one that ajv checks faster, for the build's
// own check of every compiled protocol (validate.ts). The published schema (machine.schema.json,
// docs/machine-format.md) is not changed: it stays as TypeBox writes it.
//
// Why: TypeBox writes a literal union as `anyOf` of `const`s and a nullable value as `anyOf` of the
// value and `{type: 'null'}`. For each `anyOf`, ajv tries the branches in turn and records an error
// object for every branch that fails before one passes; a compiled protocol is mostly such values, so
// checking one allocated hundreds of error objects to throw away. Two rewrites, each accepting
// exactly the same values:
// - `anyOf` of `const` strings only → `enum` of those strings;
// - `anyOf: [S, {type: 'null'}]` where S has a single `type` and only keywords that apply to that
//   type alone (JSON Schema ignores `minLength` on a null, `required` on a null…) → S with `type`
//   widened to `[type, 'null']`.
// - `minLength: 1` (a string that is not empty) → `pattern: '^[\\s\\S]'`, when the schema has no
//   pattern of its own: ajv checks `minLength` by counting the string's code points from the first to
//   the last (`ucs2length`), and a compiled protocol's longest strings are quoted passages; the
//   pattern asks only whether there is a first character.
// - `anyOf` of objects that each require a `kind` with its own string `const` (a timescale's anchor)
//   → the same branches under ajv's `discriminator` keyword, which checks only the branch whose
//   `kind` the value has. At most one branch can pass (their kinds differ), so it accepts the same.
// Anything else is left as it is. test/machine/validation-schema.test.ts checks both schemas agree.

type Schema = Record<string, unknown>;

// Keywords that constrain only values of their own type: applied to a null they always pass.
const TYPE_ONLY_KEYWORDS: Record<string, readonly string[]> = {
  string: ['minLength', 'maxLength', 'pattern', 'format'],
  number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
  integer: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
  object: ['properties', 'required', 'additionalProperties', 'patternProperties', 'minProperties', 'maxProperties', 'propertyNames'],
  array: ['items', 'prefixItems', 'minItems', 'maxItems', 'uniqueItems', 'contains'],
};
// Matches any string with at least one character (ajv compiles patterns with the `u` flag, under
// which `[\s\S]` matches every code point, a lone surrogate too), so it accepts what `minLength: 1` does.
const NOT_EMPTY = '^[\\s\\S]';

// Keywords that describe rather than constrain.
const ANNOTATIONS = new Set(['description', 'title', '$comment', 'examples', 'default']);

export function validationSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(validationSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) out[key] = validationSchema(value);
  if (out.minLength === 1 && out.pattern === undefined) {
    delete out.minLength;
    out.pattern = NOT_EMPTY;
  }
  const branches = out.anyOf;
  if (!Array.isArray(branches)) return out;
  const { anyOf: _, ...rest } = out;
  if (branches.every(isStringConst)) return { ...rest, enum: branches.map((b) => (b as Schema).const) };
  if (isTagged(branches)) return { ...rest, type: 'object', discriminator: { propertyName: TAG }, oneOf: branches };
  if (branches.length === 2 && isNull(branches[1]) && nullWidens(branches[0])) {
    // Only when nothing else sits beside `anyOf` that the merge would mix into S.
    if (Object.keys(rest).every((k) => ANNOTATIONS.has(k))) {
      const value = branches[0] as Schema;
      return { ...rest, ...value, type: [value.type, 'null'] };
    }
  }
  return out;
}

function isStringConst(branch: unknown): boolean {
  if (branch === null || typeof branch !== 'object') return false;
  const b = branch as Schema;
  return typeof b.const === 'string' && Object.keys(b).every((k) => k === 'const' || (k === 'type' && b.type === 'string') || ANNOTATIONS.has(k));
}

function isNull(branch: unknown): boolean {
  return branch !== null && typeof branch === 'object' && Object.keys(branch).length === 1 && (branch as Schema).type === 'null';
}

function nullWidens(branch: unknown): boolean {
  if (branch === null || typeof branch !== 'object') return false;
  const b = branch as Schema;
  const own = typeof b.type === 'string' ? TYPE_ONLY_KEYWORDS[b.type] : undefined;
  return own !== undefined && Object.keys(b).every((k) => k === 'type' || own.includes(k) || ANNOTATIONS.has(k));
}

const TAG = 'kind';

/** Objects, each requiring `kind` and fixing it to a string of its own. */
function isTagged(branches: unknown[]): boolean {
  const tags = new Set<unknown>();
  for (const branch of branches) {
    if (branch === null || typeof branch !== 'object') return false;
    const b = branch as Schema;
    const tag = (b.properties as Schema | undefined)?.[TAG] as Schema | undefined;
    if (b.type !== 'object' || !Array.isArray(b.required) || !b.required.includes(TAG) || typeof tag?.const !== 'string') return false;
    tags.add(tag.const);
  }
  return tags.size === branches.length;
}
