// The PDF byte helpers: pinning the dates keeps every length (so cross-reference offsets stay
// valid) and counting pages ignores the page-tree node.
import { describe, expect, it } from 'vitest';
import { PINNED_PDF_DATE, countPdfPages, pinPdfDates } from '../../render/pdf-bytes.ts';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const text = (b: Uint8Array) => Buffer.from(b).toString('latin1');

describe('pinPdfDates', () => {
  it('sets creation and modification dates to the epoch, keeping the length', () => {
    const pdf = "1 0 obj <</Producer (Skia/PDF m156) /CreationDate (D:20261122150951+00'00') /ModDate (D:20261122150952+01'00')>> endobj";
    const pinned = text(pinPdfDates(bytes(pdf)));
    expect(pinned).toBe(
      `1 0 obj <</Producer (Skia/PDF m156) /CreationDate (D:${PINNED_PDF_DATE}+00'00') /ModDate (D:${PINNED_PDF_DATE}+00'00')>> endobj`,
    );
    expect(pinned.length).toBe(pdf.length);
  });

  it('leaves bytes outside the dates alone, including binary ones', () => {
    const pdf = '%PDF-1.4\n%\u00d3\u00eb\u00e9\u00e1\n/Title (Report)';
    expect(text(pinPdfDates(bytes(pdf)))).toBe(pdf);
  });
});

describe('countPdfPages', () => {
  it('counts /Type /Page objects, not the /Pages tree', () => {
    expect(countPdfPages(bytes('<</Type /Pages /Count 2>> <</Type /Page>> <</Type/Page /Parent 1 0 R>>'))).toBe(2);
    expect(countPdfPages(bytes('no pages here'))).toBe(0);
  });
});
