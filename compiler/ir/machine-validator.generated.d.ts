// Types of machine-validator.generated.js (written by scripts/generate-validators.ts).

/** The fingerprint (precompiled-check.ts, pass-check-options.ts) of the options and validation schema the check was generated from. */
export declare const SCHEMA_FINGERPRINT: string;
/** ajv's pass/fail check of a compiled protocol, generated ahead of time. */
export declare const validate: ((machine: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null };
