// The briefing's own layout on top of the shared print stylesheet: a masthead with the "7" roundel,
// then the seven sections flowing through two columns so that every seed fits on two A4 sides.
// Black on white with borders and weight (not colour) carrying the structure, so it photocopies.
export const BRIEFING_CSS = `
.masthead { display: flex; gap: 5mm; align-items: center; border-bottom: 0.7mm solid #000; padding-bottom: 3mm; margin-bottom: 3.5mm; }
.seven { flex: none; width: 24mm; text-align: center; }
.seven-digit {
  display: block; width: 19mm; height: 19mm; margin: 0 auto 1mm; border-radius: 50%;
  background: #000; color: #fff; font-size: 30pt; font-weight: bold; line-height: 19mm;
}
.seven-label { display: block; font-size: 9pt; font-weight: bold; text-transform: uppercase; letter-spacing: 0.3mm; }
.kicker { font-size: 10pt; font-weight: bold; margin: 0 0 0.8mm; }
h1 { font-size: 17pt; margin-bottom: 1.5mm; }
.facts { display: flex; flex-wrap: wrap; gap: 0 5mm; margin: 0; font-size: 9pt; }
.facts div { display: flex; gap: 1mm; }
.facts dt { font-weight: bold; }
.facts dt::after { content: ":"; }
.facts dd { margin: 0; }
.source { font-size: 9pt; margin: 0.8mm 0 0; }
.sections { column-count: 2; column-gap: 7mm; column-rule: 0.3mm solid #888; }
.section { margin: 0 0 3.2mm; }
.section h2 { display: flex; align-items: center; gap: 2mm; font-size: 12pt; margin: 0 0 1.5mm; padding-bottom: 0.8mm; border-bottom: 0.35mm solid #000; }
.number {
  flex: none; display: inline-block; width: 6.5mm; height: 6.5mm; border-radius: 50%; background: #000; color: #fff;
  font-size: 10.5pt; line-height: 6.5mm; text-align: center;
}
.not-stated { font-weight: bold; font-style: italic; }
.items { list-style: square; }
.items li, .fact, .level, .quote, tr, figure { break-inside: avoid; }
.stage h3, .level h4 { break-after: avoid; break-inside: avoid; }
.note { font-size: 9pt; }
.stage { border-left: 1mm solid #000; padding: 0 0 0 2mm; margin: 0 0 2mm; }
.stage h3 { font-size: 10pt; margin: 0 0 0.6mm; }
.level { border-left: 0.5mm dashed #000; padding-left: 2mm; margin: 1mm 0 1.2mm 0.5mm; }
.level h4 { font-size: 10pt; font-style: italic; margin: 0 0 0.4mm; }
.fact { margin: 0 0 0.4mm; }
.next { list-style: none; padding-left: 0; font-size: 9pt; }
.next li::before { content: "\\25B8  "; }
table { width: 100%; border-collapse: collapse; font-size: 9pt; margin: 0 0 1.2mm; }
th, td { border: 0.3mm solid #000; padding: 0.8mm 1.2mm; text-align: left; vertical-align: top; }
th { background: #e6e6e6; }
.route { display: block; font-weight: bold; font-style: italic; }
.entry { margin: 0 0 0.6mm; }
.entry:last-child { margin-bottom: 0; }
.condition { font-weight: bold; }
.purpose { font-style: italic; }
.col-stage { width: 34%; }
.col-total { width: 19%; }
.quote { margin: 1mm 0 1.5mm; padding-left: 2.5mm; border-left: 0.7mm solid #000; font-style: italic; }
.quote footer { font-style: normal; font-size: 9pt; margin-top: 0.5mm; }
figure { margin: 1.5mm 0 2mm; border: 0.3mm solid #000; padding: 1.5mm; text-align: center; }
figure img { display: block; max-width: 100%; max-height: 78mm; margin: 0 auto; }
figcaption { font-size: 9pt; margin-top: 1mm; }
/* On paper the chart would shrink to 2-3 pt words: print the ladder instead (every word 8 pt or more). */
.ladder-figure { display: none; }
@media print {
  figure.chart { display: none; }
  .ladder-figure { display: block; break-inside: avoid; }
}
h3.ladder-heading { font-size: 10pt; margin: 1.5mm 0 0.8mm; }
.ladder { list-style: none; padding: 0; margin: 0 0 1mm; counter-reset: rung; }
.ladder li { border: 0.35mm solid #000; padding: 0.5mm 1.5mm; margin: 0 0 2.6mm; position: relative; break-inside: avoid; font-size: 8.5pt; line-height: 1.25; }
.ladder li:not(:last-child)::after { content: "\\2193"; position: absolute; left: 45%; bottom: -2.9mm; font-size: 8pt; line-height: 1; }
.ladder-levels, .ladder-route, .ladder-step { display: block; }
.ladder-levels, .ladder-time { font-style: italic; }
.ladder-route, .ladder-step { font-size: 8.5pt; }
h3.questions-heading { font-size: 10pt; margin: 1.5mm 0 0.6mm; }
.colophon { column-span: all; font-size: 9pt; border-top: 0.35mm solid #000; padding-top: 1.2mm; margin-top: 1mm; }
`;
