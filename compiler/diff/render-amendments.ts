// The amendment log as a partnership publishes it: Markdown (for a newsletter, an e-mail or a
// repository) and a standalone HTML page that prints on A4. Every text comes from a protocol, so
// every text is escaped for the format it lands in.
import { showControlCharacters } from '../../dsl/control-characters.ts';
import type { AmendmentEntry, AmendmentLog, VersionLabel } from './amendments.ts';

/** Consecutive entries about one item, under its name. */
function grouped(entries: readonly AmendmentEntry[]): { about: string | null; texts: string[] }[] {
  const groups: { about: string | null; texts: string[] }[] = [];
  for (const e of entries) {
    const last = groups.at(-1);
    if (last && e.about !== null && last.about === e.about) last.texts.push(e.text);
    else groups.push({ about: e.about, texts: [e.text] });
  }
  return groups;
}

const NOTE = 'Made by Stepladder from the two versions of the protocol; words in quotation marks are the protocol’s own. Citations, acknowledgements and layout changes are not listed: `stepladder diff` shows every change.';

function versionWords(v: VersionLabel, fallback: string): string {
  const name = v.version !== null ? `version ${v.version}` : fallback;
  return v.effective ? `${name} (effective ${v.effective})` : name;
}

/** "Version 2 (effective September 2021) replaces version 1 (effective September 2019)." */
export function versionLine(log: AmendmentLog): string {
  const now = versionWords(log.after, 'this version');
  return `${now.charAt(0).toUpperCase()}${now.slice(1)} replaces ${versionWords(log.before, 'the earlier version')}.`;
}

const EMPTY = 'Nothing that practitioners read has changed.';

const markdownText = (text: string): string => showControlCharacters(text).replace(/([\\`*_[\]<>#|~])/g, '\\$1');

export function renderAmendmentsMarkdown(log: AmendmentLog): string {
  const lines = [`# What changed: ${markdownText(log.title)}`, '', `${markdownText(log.partnership)}. ${markdownText(versionLine(log))}`, ''];
  if (log.sections.length === 0) lines.push(EMPTY, '');
  for (const section of log.sections) {
    lines.push(`## ${markdownText(section.heading)}`, '');
    for (const group of grouped(section.entries)) {
      if (group.about === null) lines.push(...group.texts.map((t) => `- ${markdownText(t)}`));
      else lines.push(`- **${markdownText(group.about)}**`, ...group.texts.map((t) => `  - ${markdownText(t)}`));
    }
    lines.push('');
  }
  lines.push(`_${markdownText(NOTE.replace('`stepladder diff`', 'stepladder diff'))}_`, '');
  return lines.join('\n');
}

const html = (text: string): string =>
  showControlCharacters(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The log's sections as an HTML fragment (for the site's "What changed" section). */
export function renderAmendmentsFragment(log: AmendmentLog, headingLevel = 2): string {
  const h = `h${headingLevel}`;
  if (log.sections.length === 0) return `<p>${html(EMPTY)}</p>\n`;
  return log.sections
    .map((s) => {
      const items = grouped(s.entries).map((g) =>
        g.about === null
          ? g.texts.map((t) => `  <li>${html(t)}</li>`).join('\n')
          : `  <li><strong>${html(g.about)}</strong>\n    <ul>\n${g.texts.map((t) => `      <li>${html(t)}</li>`).join('\n')}\n    </ul>\n  </li>`,
      );
      return `<${h}>${html(s.heading)}</${h}>\n<ul>\n${items.join('\n')}\n</ul>\n`;
    })
    .join('');
}

export function renderAmendmentsHtml(log: AmendmentLog, lang = 'en-GB'): string {
  return `<!doctype html>
<html lang="${html(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>What changed: ${html(log.title)}</title>
<style>
  @page { size: A4; margin: 15mm; }
  body { font-family: "DejaVu Sans", system-ui, sans-serif; line-height: 1.45; max-width: 46rem; margin: 1.5rem auto; padding: 0 1rem; color: #111; overflow-wrap: anywhere; }
  h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 1.5rem; border-bottom: 1px solid #999; }
  li { margin: 0.3rem 0; } .note { color: #444; font-size: 0.9rem; }
  @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } li { break-inside: avoid; } }
</style>
</head>
<body>
<h1>What changed: ${html(log.title)}</h1>
<p>${html(log.partnership)}. ${html(versionLine(log))}</p>
${renderAmendmentsFragment(log)}<p class="note">${html(NOTE.replace(/`/g, ''))}</p>
</body>
</html>
`;
}
