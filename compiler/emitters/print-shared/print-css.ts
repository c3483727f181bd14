// The print stylesheet every printable shares: A4 pages with margins, a running footer with page
// numbers (CSS page-margin boxes, which Chromium prints both from its print dialog and in PDFs),
// greyscale-safe type at 9pt or more, and page-break rules. Contains no Handlebars syntax: it is
// spliced into templates as it stands.

/** Page margins; the bottom one leaves room for the running footer. */
export const PAGE_MARGINS = '12mm 13mm 15mm 13mm';

export const PRINT_CSS = `
@page { size: A4; margin: ${PAGE_MARGINS}; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0;
  font-family: "Liberation Sans", Arial, Helvetica, sans-serif;
  font-size: 10pt;
  line-height: 1.32;
  color: #000;
  background: #fff;
  /* A word longer than the line (a pasted URL, a reference number) breaks instead of running off
     the page; 'anywhere' also lets table cells shrink around it. */
  overflow-wrap: anywhere;
}
svg { overflow-wrap: normal; }
@media screen {
  html { background: #e8e8e8; }
  body { width: 210mm; margin: 8mm auto; padding: 12mm 13mm 15mm; background: #fff; }
}
h1, h2, h3, h4 { margin: 0; line-height: 1.2; break-after: avoid; }
p { margin: 0 0 1.2mm; }
ul, ol { margin: 0 0 1.2mm; padding-left: 4.5mm; }
li { margin: 0 0 0.6mm; }
a { color: #000; }
.muted { color: #333; }
.small { font-size: 9pt; }
.keep { break-inside: avoid; }
.tick {
  display: inline-block; width: 4.2mm; height: 4.2mm; border: 0.35mm solid #000;
  vertical-align: -0.8mm; margin-right: 1.5mm; background: #fff;
}
`;
