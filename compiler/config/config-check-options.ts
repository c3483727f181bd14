// The ajv options of the check of stepladder.yaml against its schema, shared by parse-config.ts and
// the script that precompiles the check (scripts/generate-validators.ts), with the fingerprint that
// ties a precompiled check to the options and schema it was made from.
import { schemaFingerprint } from '../ir/precompiled-check.ts';

/** Every error, with the schema beside it: each becomes a diagnostic pointing into the file. */
export const CONFIG_CHECK_OPTIONS = { allErrors: true, strict: true, verbose: true } as const;

/** What a precompiled check of the configuration must have been generated from. */
export function configCheckFingerprint(schema: object): string {
  return schemaFingerprint([CONFIG_CHECK_OPTIONS, schema]);
}
