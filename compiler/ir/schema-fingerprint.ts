// A short fingerprint of a JSON Schema, so the precompiled validator (machine-validator.generated.js)
// can be told apart from the schema it was generated from. Not a security hash: it only has to change
// when the schema does, and it runs in the browser too (no node:crypto). Two 32-bit FNV-1a passes
// with different offsets over the schema's JSON text, as 16 hex digits.

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
