// Checks compiled by ajv ahead of time (scripts/generate-validators.ts) carry a fingerprint of the
// options and schema they were generated from; a check is used only while that fingerprint is the
// current one, else it is compiled at start-up as before. The fingerprint is not a security hash: it
// only has to change when the schema does, and it runs in the browser too (no node:crypto). Two
// 32-bit FNV-1a passes with different offsets over the JSON text, as 16 hex digits.

export function schemaFingerprint(schema: unknown): string {
  const text = JSON.stringify(schema);
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** A generated module: the check, and the fingerprint of what it was generated from. */
export interface PrecompiledCheck<Check> {
  SCHEMA_FINGERPRINT: string;
  validate: Check;
}

/** The generated check when it was made from `fingerprint`'s options and schema, else `compile()`'s. */
export function precompiledOr<Check>(generated: PrecompiledCheck<Check>, fingerprint: string, compile: () => Check): { check: Check; precompiled: boolean } {
  return generated.SCHEMA_FINGERPRINT === fingerprint ? { check: generated.validate, precompiled: true } : { check: compile(), precompiled: false };
}
