// The comparison as text (terminal), HTML (a page that prints on A4 landscape) and the fragment the
// site embeds. A cell that differs from what most protocols say is marked with words as well as
// colour, so the highlight survives printing in black and white. Every text is escaped.
import { showControlCharacters } from '../../dsl/control-characters.ts';
import { formatLondonShort, parseDateTime } from '../../runtime/index.ts';
import type { CompareTable } from './table.ts';

const startWords = (table: CompareTable): string => `${formatLondonShort(parseDateTime(table.start))} (London time)`;

export function renderCompareText(table: CompareTable): string {
  const lines = [
    `Comparing ${table.protocols.length} protocols; timings count from ${startWords(table)}, each stage ending at its deadline.`,
    'A * marks what differs from most of the protocols.',
  ];
  for (const row of table.rows) {
    lines.push('', `${row.label}${AGREEMENT[row.agreement]}`);
    table.protocols.forEach((p, i) => {
      lines.push(`  ${row.differs[i] ? '*' : ' '} ${p.id} (${p.partnership})`);
      for (const line of row.cells[i]!) lines.push(`      ${line}`);
    });
  }
  return `${showControlCharacters(lines.join('\n'))}\n`;
}

const AGREEMENT = { 'all-alike': ' (the same in all)', 'some-differ': '', 'all-differ': ' (different in each)' } as const;

const html = (text: string): string =>
  showControlCharacters(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export const COMPARE_CSS = `
.compare-table { border-collapse: collapse; width: 100%; font-size: 0.85rem; table-layout: fixed; }
.compare-table th, .compare-table td { border: 1px solid #888; padding: 0.35rem 0.45rem; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
.compare-table thead th { background: #eef2f5; color: #111; }
.compare-table tbody th { width: 10rem; background: #f6f6f6; color: #111; }
.compare-table ul { margin: 0; padding-left: 1rem; }
.compare-table td.differs { background: #fff4c2; color: #111; box-shadow: inset 4px 0 0 #8a6d00; }
.compare-table .differs-note { display: block; font-weight: bold; font-size: 0.75rem; }
.compare-table .agreement { display: block; font-weight: normal; font-style: italic; font-size: 0.75rem; }
@media print { @page { size: A4 landscape; margin: 10mm; } .compare-table { font-size: 7.5pt; } .compare-table tr { break-inside: avoid; } }
`;

/** The table alone, for the site's compare page. */
export function renderCompareFragment(table: CompareTable): string {
  const head = table.protocols
    .map((p) => {
      const version = [p.version ? `version ${p.version}` : null, p.effective ? `effective ${p.effective}` : null].filter(Boolean).join(', ');
      return `<th scope="col">${html(p.partnership)}<br><small>${html(p.title)}${version ? `<br>${html(version)}` : ''}</small></th>`;
    })
    .join('');
  const body = table.rows
    .map((row) => {
      const cells = row.cells
        .map((lines, i) => {
          const mark = row.differs[i] ? '<span class="differs-note">Differs</span>' : '';
          const list = lines.length === 1 ? html(lines[0]!) : `<ul>${lines.map((l) => `<li>${html(l)}</li>`).join('')}</ul>`;
          return `<td${row.differs[i] ? ' class="differs"' : ''}>${mark}${list}</td>`;
        })
        .join('');
      const note = row.agreement === 'some-differ' ? '' : `<span class="agreement">${html(AGREEMENT[row.agreement].trim().replace(/[()]/g, ''))}</span>`;
      return `<tr><th scope="row">${html(row.label)}${note}</th>${cells}</tr>`;
    })
    .join('\n');
  return `<table class="compare-table">\n<caption>Timings count from ${html(startWords(table))}, each stage ending at its deadline (calculated). “Differs” marks what differs from most of the protocols.</caption>\n<thead><tr><th scope="col">Aspect</th>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>\n`;
}

export function renderCompareHtml(table: CompareTable, lang = 'en-GB'): string {
  return `<!doctype html>
<html lang="${html(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Escalation protocols side by side</title>
<style>
body { font-family: "DejaVu Sans", system-ui, sans-serif; margin: 1rem; color: #111; }
caption { text-align: left; margin-bottom: 0.5rem; }
${COMPARE_CSS}</style>
</head>
<body>
<h1>Escalation protocols side by side</h1>
${renderCompareFragment(table)}</body>
</html>
`;
}
