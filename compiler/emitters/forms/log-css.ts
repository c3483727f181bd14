// Layout of a printed log on top of the shared print stylesheet: landscape A4, a ruled table whose
// header row repeats on every page, and blank 12 mm rows for handwriting that never split across
// pages. Structure is carried by borders and weight, not colour. The heading rules are the forms'.
// Every border belongs to a cell (separate borders, none on the table), because a table's own
// border is not repeated with the header row on the next page. The table stops 1 mm short of the
// right margin: on a landscape page Chromium clips a box of full width through its right border
// (measured in Chromium 156), which would leave the last column open.
import { FORM_HEAD_CSS } from './forms-css.ts';

export const LOG_CSS = `${FORM_HEAD_CSS}
@page { size: A4 landscape; }
@media screen { body { width: 297mm; } }
.log { width: calc(100% - 1mm); table-layout: fixed; border-collapse: separate; border-spacing: 0; }
.log thead { display: table-header-group; }
.log tr { break-inside: avoid; }
.log th, .log td { border-right: 0.4mm solid #000; border-bottom: 0.3mm solid #000; }
.log th:first-child, .log td:first-child { border-left: 0.4mm solid #000; }
.log th { border-top: 0.4mm solid #000; border-bottom-width: 0.7mm; padding: 1.2mm 1.5mm; text-align: left; vertical-align: bottom; font-size: 10pt; }
.log th .label { display: block; font-weight: bold; }
.log th .help { display: block; font-weight: normal; font-size: 9pt; }
.log th .required { display: inline-block; font-size: 9pt; text-transform: uppercase; letter-spacing: 0.2mm; border: 0.3mm solid #000; padding: 0 1mm; margin-top: 0.5mm; }
.log th .monitoring, .about .monitoring { display: inline-block; font-size: 9pt; font-style: italic; border: 0.3mm dashed #000; padding: 0 1mm; margin-top: 0.5mm; }
.log td { height: 12mm; }
`;
