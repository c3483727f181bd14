// Everything the protocol page needs, worked out in one place from a compiled protocol and its files,
// so the page itself is layout only.
import type { Machine } from '../../../compiler/ir/types.ts';
import { downloadGroups, type DownloadGroups } from './downloads.ts';
import { fileText, type SiteProtocol } from './load-protocols.ts';
import { stageViews, type StageView } from './stage-view.ts';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface ProtocolPage {
  machine: Machine;
  stages: StageView[];
  headings: Heading[];
  downloads: DownloadGroups;
  flowText: string | null;
  /** Form id → path of its download (PDF, or printable HTML when no PDF was rendered). */
  formFiles: Record<string, string>;
  hasFile: (path: string) => boolean;
}

export const SECTION_IDS = {
  whatToDo: 'what-to-do',
  contacts: 'contacts',
  about: 'about',
  flowchart: 'flowchart',
  stages: 'stages',
  timescales: 'timescales',
  channels: 'how-to-raise',
  ends: 'how-it-ends',
  who: 'who-is-who',
  principles: 'principles',
  simulator: 'simulator',
  downloads: 'downloads',
} as const;

export function protocolPage(protocol: SiteProtocol & { machine: Machine }): ProtocolPage {
  const { machine } = protocol;
  const paths = new Set(protocol.files.map((f) => f.path));
  const stages = stageViews(machine);
  const flow = protocol.files.find((f) => f.path === 'flowchart.md');
  const formFiles: Record<string, string> = {};
  for (const form of machine.forms) {
    const base = `forms/${form.id}`;
    if (paths.has(`${base}.pdf`)) formFiles[form.id] = `${base}.pdf`;
    else if (paths.has(`${base}.html`)) formFiles[form.id] = `${base}.html`;
  }
  // The order of the page: what to do now first, then the details behind it (docs/site.md).
  const headings: Heading[] = [
    { depth: 2, slug: SECTION_IDS.whatToDo, text: 'What to do' },
    { depth: 2, slug: SECTION_IDS.contacts, text: 'Who to call' },
    { depth: 2, slug: SECTION_IDS.stages, text: 'Each stage in full' },
    ...stages.map((s) => ({ depth: 3, slug: s.anchor, text: s.title })),
    { depth: 2, slug: SECTION_IDS.flowchart, text: 'Flowchart' },
    { depth: 2, slug: SECTION_IDS.timescales, text: 'Timescales' },
    ...(machine.channels.length > 0 ? [{ depth: 2, slug: SECTION_IDS.channels, text: 'How to raise a concern' }] : []),
    { depth: 2, slug: SECTION_IDS.ends, text: 'How it ends' },
    ...(machine.roles.length + machine.bodies.length > 0 ? [{ depth: 2, slug: SECTION_IDS.who, text: 'Who is who' }] : []),
    ...(machine.principles.length + machine.notes.length + machine.quotes.length > 0
      ? [{ depth: 2, slug: SECTION_IDS.principles, text: 'Principles and notes' }]
      : []),
    { depth: 2, slug: SECTION_IDS.simulator, text: 'Work out your dates' },
    { depth: 2, slug: SECTION_IDS.about, text: 'About this protocol' },
    { depth: 2, slug: SECTION_IDS.downloads, text: 'Downloads' },
  ];
  return {
    machine,
    stages,
    headings,
    downloads: downloadGroups(machine, protocol.files),
    flowText: flow ? fileText(flow) : null,
    formFiles,
    hasFile: (path) => paths.has(path),
  };
}
