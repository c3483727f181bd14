// Escaping of protocol text for Mermaid. A label must never change the diagram: no closing quote or
// bracket, no `%%{init}%%` directive, no `click`, no HTML or Markdown, no comment line, no entity of its
// own. We keep an allow-list of characters that are inert inside a quoted Mermaid label and turn every
// other character into a numeric entity (`#60;`), which Mermaid decodes to `&#60;` in the SVG: the reader
// sees the original character, the SVG markup never contains it raw.

// Letters, marks, digits, space and prose punctuation that mean nothing to Mermaid's lexer, to HTML or
// to Markdown. U+FB02 (ﬂ) is a letter but also the start of Mermaid's internal entity placeholder.
const INERT = /^[\p{L}\p{M}\p{N} .,'’‘“”()?!+…·↔→◷✎–—/-]$/u;
const PLACEHOLDER_LETTER = '\uFB02';

/** Collapses whitespace (newlines included) to single spaces and drops control and format characters. */
export function flattenText(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Cn}]/gu, (c) => (/\s/u.test(c) ? ' ' : ''))
    .replace(/\s+/gu, ' ')
    .trim();
}

function escapeChar(char: string, next: string | undefined): string {
  if (char === '"') return '#quot;';
  // A colon before a space reads as prose ("Stage Two: Formal"); one glued to a word could be a URL scheme
  // (`javascript:`), so it is written as an entity that looks the same but is never `scheme:` in the markup.
  if (char === ':') return next === undefined || next === ' ' ? ':' : '#58;';
  if (char !== PLACEHOLDER_LETTER && INERT.test(char)) return char;
  return `#${char.codePointAt(0)};`;
}

/** Protocol text as the inside of a double-quoted Mermaid label, on one line. */
export function escapeLabelText(text: string): string {
  const chars = [...flattenText(text)];
  return chars.map((c, i) => escapeChar(c, chars[i + 1])).join('');
}

/** Words to wrap, with a number kept on its word ("Step 1", "2 working days" never split at the number). */
function wrapUnits(text: string): string[] {
  const units: string[] = [];
  let afterNumber = false;
  for (const word of flattenText(text).split(' ')) {
    const isNumber = /^\d+$/.test(word);
    if (units.length > 0 && (isNumber || afterNumber)) units[units.length - 1] += ` ${word}`;
    else units.push(word);
    afterNumber = isNumber;
  }
  return units;
}

function greedyWrap(units: string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of units) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Word wrap that makes long titles tall rather than wide, with lines of even length: the narrowest width
 * that needs no more lines than a greedy wrap at `width` (so no line ends in a lone word). Words longer
 * than the width stay whole.
 */
export function wrapWords(text: string, width: number): string[] {
  // The words are split once; only the wrapping is tried at each width.
  const units = wrapUnits(text);
  const lines = greedyWrap(units, width);
  let best = lines;
  for (let w = width - 1; w > 8; w--) {
    const narrower = greedyWrap(units, w);
    if (narrower.length > lines.length) break;
    best = narrower;
  }
  return best;
}

export interface LabelLine {
  text: string;
  bold?: boolean;
}

/**
 * A complete quoted label from lines of protocol text. Line breaks and bold are markup we add
 * ourselves (`<br/>`, `<b>`); everything from the protocol is escaped.
 */
export function quotedLabel(lines: LabelLine[], width: number): string {
  const rendered = lines.map((line) => {
    const wrapped = wrapWords(line.text, width).map(escapeLabelText).join('<br/>');
    return line.bold ? `<b>${wrapped}</b>` : wrapped;
  });
  return `"${rendered.join('<br/>')}"`;
}

/** Text for `accTitle:`/`accDescr:` lines: one line, escaped like a label. */
export function accessibleText(text: string): string {
  return escapeLabelText(text);
}
