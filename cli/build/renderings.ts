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

/** The hash a rendering's record holds: of the emitted text (flowchart.mmd, a printable's HTML) drawn. */
export function drawnFromHash(contents: string | Uint8Array): string {
  return createHash('sha256').update(typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents).digest('hex');
}

export const PRINTABLE = /^(briefing|forms\/[^/]+|posters\/[^/]+)\.html$/;

/** Which rendered file is made from which emitted file. */
export function renderingsOf(fresh: EmittedFile[]): Array<{ rendered: string; from: string }> {
  const pairs: Array<{ rendered: string; from: string }> = [];
  for (const file of fresh) {
    if (file.path === 'flowchart.mmd') pairs.push({ rendered: 'flowchart.svg', from: file.path }, { rendered: 'flowchart.png', from: file.path });
    else if (PRINTABLE.test(file.path)) pairs.push({ rendered: file.path.replace(/\.html$/, '.pdf'), from: file.path });
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
