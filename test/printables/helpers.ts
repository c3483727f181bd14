// Shared helpers of the printables tests: the seed protocols compiled once, the emitted printables,
// a stand-in flowchart SVG, and HTML read the way a browser reads it (happy-dom), so assertions are
// about what a person sees rather than about markup.
import { Window } from 'happy-dom';
import { briefingEmitter } from '../../compiler/emitters/briefing/briefing-emitter.ts';
import { formsEmitter } from '../../compiler/emitters/forms/forms-emitter.ts';
import type { EmitResult } from '../../compiler/emitters/types.ts';
import type { Machine } from '../../compiler/ir/types.ts';
import { compileProtocol, protocolFiles } from '../helpers/protocols.ts';

export const SAMPLES_DIR = new URL('./samples/', import.meta.url).pathname;

export interface Seed {
  name: string;
  file: string;
  machine: Machine;
}

export function seeds(): Seed[] {
  return protocolFiles().map((p) => ({ name: p.name, file: p.file, machine: compileProtocol(p) }));
}

export function emitPrintables(machine: Machine, file = ''): { briefing: EmitResult; forms: EmitResult } {
  return { briefing: briefingEmitter.emit(machine, { file }), forms: formsEmitter.emit(machine, { file }) };
}

export function htmlOf(result: EmitResult, path: string): string {
  const file = result.files.find((f) => f.path === path);
  if (!file || typeof file.contents !== 'string') throw new Error(`no HTML file ${path}`);
  return file.contents;
}

/** A small flowchart stand-in, so PDF tests do not depend on the flowchart renderer. */
export const STUB_FLOWCHART_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200" viewBox="0 0 300 200">' +
  '<rect x="1" y="1" width="298" height="198" fill="#fff" stroke="#000"/>' +
  '<text x="150" y="105" text-anchor="middle" font-family="sans-serif" font-size="18">Flowchart</text></svg>';

export function parseHtml(html: string): Document {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** Visible text with whitespace collapsed, the way a reader (or pdftotext) sees it. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function bodyText(html: string): string {
  return squash(parseHtml(html).body.textContent ?? '');
}
