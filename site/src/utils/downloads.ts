// The files a protocol page offers, grouped for the people who want them: practitioners (briefing,
// forms, flowchart) and developers or auditors (compiled JSON, state machine, source). A PDF that
// was not rendered falls back to its printable HTML, so the page never links to a missing file.
import type { EmittedFile } from '../../../compiler/emitters/types.ts';
import type { Machine } from '../../../compiler/ir/types.ts';
import { fileSize } from './format.ts';

export interface Download {
  path: string;
  label: string;
  format: string;
  size: string;
  description: string | null;
}

export interface DownloadGroups {
  practitioners: Download[];
  developers: Download[];
}

const FORMATS: Record<string, string> = {
  pdf: 'PDF',
  html: 'HTML',
  json: 'JSON',
  svg: 'SVG image',
  png: 'PNG image',
  md: 'Markdown text',
  mmd: 'Mermaid source',
  protocol: 'Stepladder source',
};

function sizeOf(file: EmittedFile): number {
  return typeof file.contents === 'string' ? Buffer.byteLength(file.contents, 'utf8') : file.contents.byteLength;
}

export function downloadGroups(machine: Machine, files: EmittedFile[]): DownloadGroups {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const make = (path: string, label: string, description: string | null = null): Download[] => {
    const file = byPath.get(path);
    if (!file) return [];
    const extension = path.slice(path.lastIndexOf('.') + 1);
    return [{ path, label, format: FORMATS[extension] ?? extension.toUpperCase(), size: fileSize(sizeOf(file)), description }];
  };
  const printable = (base: string, label: string, description: string | null) =>
    byPath.has(`${base}.pdf`) ? make(`${base}.pdf`, label, description) : make(`${base}.html`, label, description);

  const emittedForms = files.filter((f) => /^forms\/[^/]+\.html$/.test(f.path)).map((f) => f.path.slice('forms/'.length, -'.html'.length));
  // The protocol's own order (Appendix 1 before Appendix 2), then any generated form.
  const declared = machine.forms.map((f) => f.id).filter((id) => emittedForms.includes(id));
  const formFiles = [...declared, ...emittedForms.filter((id) => !declared.includes(id))];
  const forms = formFiles.flatMap((id) => {
    const form = machine.forms.find((f) => f.id === id);
    const title = form ? `${form.title}${form.appendix ? ` (${form.appendix})` : ''}` : 'Escalation record';
    const description = !form
      ? 'Blank record of each stage, generated from the protocol.'
      : form.layout === 'log'
        ? 'Blank log to print and keep: one row per case.'
        : 'Blank form to print and complete.';
    return printable(`forms/${id}`, title, description);
  });

  return {
    practitioners: [
      ...printable('briefing', 'Briefing', 'A short summary for team meetings and induction.'),
      ...printable('posters/poster-a4', 'Poster (A4)', 'The stages, the urgent route and who to call, for a desk or a noticeboard.'),
      ...printable('posters/poster-a3', 'Poster (A3, landscape)', 'The same, larger, for a wall.'),
      ...forms,
      ...make('flowchart.svg', 'Flowchart picture', 'Scales to any size and prints sharply.'),
      ...make('flowchart.png', 'Flowchart image', 'For slides and documents.'),
      ...make('flowchart.md', 'Flowchart as text', 'The same steps in reading order.'),
    ],
    developers: [
      ...make('machine.json', 'Compiled protocol', 'Every fact of the protocol, with the published JSON Schema.'),
      ...make('xstate.json', 'State machine', 'For XState and other state-machine tools.'),
      ...make(`${machine.id}.protocol`, 'Protocol source', 'The text this page is built from.'),
      ...make('flowchart.mmd', 'Flowchart source', null),
    ],
  };
}
