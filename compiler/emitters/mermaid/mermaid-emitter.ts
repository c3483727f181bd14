// The flowchart emitters: `flowchart.mmd` (Mermaid source, rendered to SVG/PNG by the build) and
// `flowchart.md` (its text version). Both read only the IR and return files.
import type { Emitter } from '../types.ts';
import { flowText } from './flow-text.ts';
import { mermaidFlowchart } from './mermaid-flowchart.ts';

export const FLOWCHART_SOURCE_FILE = 'flowchart.mmd';
export const FLOWCHART_TEXT_FILE = 'flowchart.md';

export const mermaidEmitter: Emitter = {
  id: 'mermaid',
  description: 'Flowchart of the protocol as Mermaid source (flowchart.mmd), rendered to flowchart.svg and flowchart.png by the build.',
  emit: (machine) => ({ files: [{ path: FLOWCHART_SOURCE_FILE, contents: mermaidFlowchart(machine) }], diagnostics: [] }),
};

export const flowTextEmitter: Emitter = {
  id: 'flow-text',
  description: 'Text version of the flowchart (flowchart.md): stages, who meets, timescales, records and routes in order.',
  emit: (machine) => ({ files: [{ path: FLOWCHART_TEXT_FILE, contents: flowText(machine) }], diagnostics: [] }),
};
