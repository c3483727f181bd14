// Layout of the printed forms on top of the shared print stylesheet: bordered write-in boxes sized
// for handwriting (10 mm single lines, 8 mm ruled lines), short fields two to a row, and stage
// blocks that never split across pages. Structure is carried by borders and weight, not colour.
/** The heading of every printed form and log: partnership, title, appendix, notice, about. */
export const FORM_HEAD_CSS = `
.form-head { border-bottom: 0.7mm solid #000; padding-bottom: 2.5mm; margin-bottom: 3mm; }
.kicker { font-size: 10pt; font-weight: bold; margin: 0 0 0.8mm; }
h1 { font-size: 17pt; margin-bottom: 1mm; }
.form-meta { font-size: 9.5pt; margin: 0; }
.notice { border: 0.5mm solid #000; padding: 1.5mm 2.5mm; margin: 0 0 3mm; font-weight: bold; }
.about { margin: 0 0 3mm; }
.about h2 { font-size: 10.5pt; margin: 0 0 0.8mm; }`;

export const FORMS_CSS = `${FORM_HEAD_CSS}
.fields { display: flex; flex-wrap: wrap; column-gap: 5mm; align-items: flex-end; }
.field { width: 100%; margin: 0 0 2mm; break-inside: avoid; }
.field.half { width: calc(50% - 2.5mm); }
.field.third { width: calc((100% - 10mm) / 3); }
.label { font-weight: bold; font-size: 10pt; margin-bottom: 0.8mm; }
.required { font-weight: bold; font-size: 9pt; text-transform: uppercase; letter-spacing: 0.2mm; margin-left: 1.5mm; border: 0.3mm solid #000; padding: 0 1mm; }
.monitoring { font-size: 9pt; font-style: italic; margin-left: 1.5mm; border: 0.3mm dashed #000; padding: 0 1mm; }
.required-at { border-left: 1mm solid #000; padding-left: 2mm; }
.help { font-size: 9pt; margin: -0.5mm 0 1mm; }
.box { border: 0.4mm solid #000; background: #fff; }
.box.line { height: 10mm; }
.box.number { height: 10mm; width: 40mm; }
.box.lines { padding: 0 2mm; }
.box.lines .ruled { height: 8mm; border-bottom: 0.25mm dotted #000; }
.box.lines .ruled:last-child { border-bottom: none; }
.box.date, .box.datetime { height: 10mm; display: flex; align-items: flex-end; padding: 0 2mm 1mm; font-size: 9pt; color: #333; gap: 7mm; }
.ticks { display: flex; flex-wrap: wrap; gap: 2mm 7mm; padding: 1.5mm 0 0; }
.ticks.choices .tick-option { width: calc(50% - 4mm); }
.tick-option { display: inline-flex; align-items: center; min-height: 7mm; }
.stage-block { border: 0.5mm solid #000; padding: 2mm 3mm 0; margin: 0 0 3.5mm; break-inside: avoid; }
.stage-block h2 { font-size: 12pt; margin: 0 0 0.8mm; }
.stage-parent { font-size: 9.5pt; font-weight: bold; margin: 0 0 0.5mm; }
.stage-facts { font-size: 9.5pt; margin: 0 0 2mm; padding-bottom: 1mm; border-bottom: 0.3mm solid #000; }
.stage-facts p { margin: 0 0 0.3mm; }
.section-heading { break-after: avoid; }
.section-heading { font-size: 12pt; margin: 1mm 0 2mm; padding-bottom: 0.8mm; border-bottom: 0.35mm solid #000; }
`;
