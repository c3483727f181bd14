// The "7 minute briefing" emitter: one or two A4 sides, seven numbered sections, generated from the
// compiled protocol so that what a team is briefed on always matches the protocol. Writes
// `briefing.html` (self-contained: inline CSS, no fonts or scripts to fetch); its flowchart is the
// `flowchart.svg` the flowchart renderer writes into the same folder, referenced relatively.
import type { Emitter } from '../types.ts';
import { renderPrintTemplate } from '../print-shared/handlebars-env.ts';
import { BRIEFING_TEMPLATE } from './briefing-template.ts';
import { buildBriefingView } from './briefing-view.ts';

export const BRIEFING_FILE = 'briefing.html';
/** The asset the briefing's <img> names, resolved relative to the briefing. */
export const BRIEFING_FLOWCHART = 'flowchart.svg';

export const briefingEmitter: Emitter = {
  id: 'briefing',
  description: 'A4 "7 minute briefing" for team meetings (briefing.html).',
  emit(machine, options) {
    const { view, diagnostics } = buildBriefingView(machine, options.file ?? '', options.config);
    return { files: [{ path: BRIEFING_FILE, contents: renderPrintTemplate(BRIEFING_TEMPLATE, view) }], diagnostics };
  },
};
