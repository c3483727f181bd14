// The ajv options of the build's check of a compiled protocol, shared by validate.ts and the script
// that precompiles the pass/fail check (scripts/generate-validators.ts), with the fingerprint
// that ties a precompiled check to the options and schema it was made from.
import { schemaFingerprint } from './precompiled-check.ts';

// No formats: dates are checked by portable patterns (docs/machine-format.md).
export const AJV_OPTIONS = { strict: true, allowUnionTypes: true } as const;
/** The pass/fail check: stops at the first problem, with `kind`-tagged unions checked by discriminator. */
export const PASS_CHECK_OPTIONS = { ...AJV_OPTIONS, discriminator: true } as const;

/** What a precompiled pass/fail check must have been generated from: these options and this schema. */
export function passCheckFingerprint(schema: object): string {
  return schemaFingerprint([PASS_CHECK_OPTIONS, schema]);
}
