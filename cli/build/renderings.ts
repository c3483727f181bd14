// Which published files are pictures drawn by the browser, and which emitted file each is drawn from.
// The build and the site both use it to tell a current rendering from a missing one.
//
// The build also records, in each protocol's folder, the hash of the text each rendering was actually
// drawn from (RENDERINGS_FILE). The site publishes a rendering only when that hash is the hash of what
// the protocol compiles to now: a picture that a build attached to the wrong source (as once happened
// with versions of one protocol, which share an id) is then refused, not published beside the text.
import { createHash } from 'node:crypto';
import type { EmittedFile } from '../../compiler/emitters/types.ts';

/** `{ "<rendered path>": "<sha256 of the text it was drawn from>" }`, in each protocol's folder. */
export const RENDERINGS_FILE = 'renderings.json';

function sha256(contents: string | Uint8Array): string {
  return createHash('sha256').update(typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents).digest('hex');
}

/**
 * The hash a rendering's record holds: of the emitted texts it was drawn from, in the order
 * renderingsOf gives them. One text (flowchart.mmd, a printable's HTML) is hashed as it is; a PDF that
 * shows the flowchart is drawn from its HTML and flowchart.mmd, and its hash covers both.
 */
export function drawnFromHash(...texts: Array<string | Uint8Array>): string {
  return texts.length === 1 ? sha256(texts[0]!) : sha256(texts.map(sha256).join('\n'));
}

export const PRINTABLE = /^(briefing|forms\/[^/]+|posters\/[^/]+)\.html$/;

/** How a printable shows the rendered flowchart (a relative URL, see the briefing emitter). */
const FLOWCHART_REFERENCE = /\bsrc="flowchart\.svg"/;

/** Whether a printable's HTML shows the flowchart, so its PDF is drawn from the chart as well. */
export function showsFlowchart(html: string): boolean {
  return FLOWCHART_REFERENCE.test(html);
}

function text(file: EmittedFile): string {
  return typeof file.contents === 'string' ? file.contents : new TextDecoder().decode(file.contents);
}

/** Which rendered file is made from which emitted files (the first is the one it is a picture of). */
export function renderingsOf(fresh: EmittedFile[]): Array<{ rendered: string; from: string[] }> {
  const pairs: Array<{ rendered: string; from: string[] }> = [];
  for (const file of fresh) {
    if (file.path === 'flowchart.mmd') pairs.push({ rendered: 'flowchart.svg', from: [file.path] }, { rendered: 'flowchart.png', from: [file.path] });
    else if (PRINTABLE.test(file.path)) {
      pairs.push({ rendered: file.path.replace(/\.html$/, '.pdf'), from: showsFlowchart(text(file)) ? [file.path, 'flowchart.mmd'] : [file.path] });
    }
  }
  return pairs;
}

/** The renderings a protocol's files should include but do not. */
export function missingRenderings(files: EmittedFile[]): string[] {
  const present = new Set(files.map((f) => f.path));
  return renderingsOf(files)
    .map((p) => p.rendered)
    .filter((path) => !present.has(path));
}

/** "its flowchart picture and 2 PDFs", for the warning that says what a protocol is published without. */
export function describeMissing(paths: string[]): string {
  const pictures = paths.filter((p) => p.startsWith('flowchart.')).length;
  const pdfs = paths.filter((p) => p.endsWith('.pdf')).length;
  const parts = [
    ...(pictures > 0 ? ['its flowchart picture'] : []),
    ...(pdfs > 0 ? [pdfs === 1 ? `its PDF (${paths.find((p) => p.endsWith('.pdf'))})` : `its ${pdfs} PDFs`] : []),
  ];
  return parts.join(' and ');
}
