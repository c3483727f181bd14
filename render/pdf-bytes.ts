// Byte-level facts about the PDFs Chromium (Skia) writes: how many pages they have, and a copy with
// the creation and modification dates pinned so the same HTML always gives the same bytes. The
// dates are overwritten with digits of the same length, so the cross-reference offsets stay valid.

/** What every rendered PDF's dates are set to: the Unix epoch, in PDF date syntax. */
export const PINNED_PDF_DATE = '19700101000000';
const PINNED_ZONE = "+00'00'";

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** Replaces `/CreationDate (D:…)` and `/ModDate (D:…)` with the pinned date, keeping every length. */
export function pinPdfDates(bytes: Uint8Array): Uint8Array {
  const text = latin1(bytes);
  const pinned = text.replace(
    /(\/(?:CreationDate|ModDate)\s*\(D:)\d{14}([^)]*)\)/g,
    (_match, head: string, zone: string) => `${head}${PINNED_PDF_DATE}${zone.length === PINNED_ZONE.length ? PINNED_ZONE : zone})`,
  );
  return new Uint8Array(Buffer.from(pinned, 'latin1'));
}

/** Counts page objects (`/Type /Page`, not `/Pages`); Skia writes them uncompressed. */
export function countPdfPages(bytes: Uint8Array): number {
  return latin1(bytes).match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
