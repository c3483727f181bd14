// Types of config-validator.generated.js (written by scripts/generate-validators.ts).
import type { ErrorObject } from 'ajv/dist/2020.js';

/** The fingerprint (config-check-options.ts) of the options and schema the check was generated from. */
export declare const SCHEMA_FINGERPRINT: string;
/** ajv's check of stepladder.yaml's data, generated ahead of time: every error, verbose. */
export declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
