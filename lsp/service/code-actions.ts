// Quick fixes: take the "Did you mean …?" of a diagnostic, or acknowledge a warning the source
// cannot avoid. An acknowledgement is inserted without a reason on purpose: the compiler then asks
// for one (E0110), so the author states it in their own words and nothing is invented for them.
import { type CompilerTools, compileSource } from '../../compiler/index.ts';
import type { Diagnostic } from '../../compiler/diagnostics/types.ts';
import type { Declaration, DocumentIndex } from './document-index.ts';

export interface TextEdit {
  span: { start: number; end: number };
  newText: string;
}

export interface QuickFix {
  title: string;
  kind: 'quickfix';
  diagnostic: Diagnostic;
  edits: TextEdit[];
  preferred: boolean;
}

const DID_YOU_MEAN = /Did you mean '([^']+)'\?/;

export function didYouMeanFix(diagnostic: Diagnostic): QuickFix | null {
  const match = DID_YOU_MEAN.exec(diagnostic.message);
  if (!match || diagnostic.span.end <= diagnostic.span.start) return null;
  return {
    title: `Change to '${match[1]}'`,
    kind: 'quickfix',
    diagnostic,
    edits: [{ span: diagnostic.span, newText: match[1]! }],
    preferred: true,
  };
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function indentOf(text: string, offset: number): string {
  return /^[ \t]*/.exec(text.slice(lineStart(text, offset)))![0];
}

/** Stages and levels containing the span, innermost first. */
function enclosingStates(stages: Declaration[], span: { start: number }): Declaration[] {
  const found: Declaration[] = [];
  const visit = (list: Declaration[]) => {
    for (const d of list) {
      if (d.span.start <= span.start && span.start < d.span.end) {
        found.unshift(d);
        visit(d.children);
      }
    }
  };
  visit(stages);
  return found;
}

function count(diagnostics: Diagnostic[], code: string): number {
  return diagnostics.filter((d) => d.code === code).length;
}

/** An acknowledgement in the innermost stage that takes it, else for the whole protocol; offered only if it silences the warning. */
export function acknowledgeFix(text: string, file: string, diagnostic: Diagnostic, index: DocumentIndex | null, tools: CompilerTools): QuickFix | null {
  if (diagnostic.severity !== 'warning') return null;
  const before = count(compileSource(text, file, tools).diagnostics, diagnostic.code);
  const places: { edit: TextEdit; where: string }[] = [];
  for (const state of index ? enclosingStates(index.stages, diagnostic.span) : []) {
    const close = state.span.end - 1;
    if (text[close] !== '}') continue;
    const indent = indentOf(text, state.span.start);
    const at = lineStart(text, close) === close - indentOf(text, close).length ? lineStart(text, close) : close;
    places.push({ edit: { span: { start: at, end: at }, newText: `${indent}  acknowledge ${diagnostic.name}\n` }, where: `${state.kind} '${state.name.name}'` });
  }
  const header = /^[ \t]*protocol[ \t]+[^\s{]+[ \t]*\{[ \t]*\n/m.exec(text);
  if (header) {
    const at = header.index + header[0].length;
    places.push({ edit: { span: { start: at, end: at }, newText: `  acknowledge ${diagnostic.name}\n` }, where: 'the whole protocol' });
  }
  for (const place of places) {
    const edited = text.slice(0, place.edit.span.start) + place.edit.newText + text.slice(place.edit.span.end);
    if (count(compileSource(edited, file, tools).diagnostics, diagnostic.code) < before) {
      return {
        title: `Acknowledge '${diagnostic.name}' for ${place.where} (then say why)`,
        kind: 'quickfix',
        diagnostic,
        edits: [place.edit],
        preferred: false,
      };
    }
  }
  return null;
}
