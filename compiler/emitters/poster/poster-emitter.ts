// Posters for a wall or a desk: `posters/poster-a4.html` (portrait) and `posters/poster-a3.html`
// (landscape), turned into PDFs by the build like the briefing. The partnership configuration comes
// in as an emitter option (contacts, review dates, the site's address); without it the poster says
// "not stated" and lists no contacts.
import type { Emitter } from '../types.ts';
import { renderPrintTemplate } from '../print-shared/handlebars-env.ts';
import { posterTemplate } from './poster-template.ts';
import { posterView } from './poster-view.ts';

export const POSTERS_FOLDER = 'posters';

export const posterEmitter: Emitter = {
  id: 'poster',
  description: 'A4 portrait and A3 landscape posters of the stages, contacts and review dates (posters/poster-a4.html, poster-a3.html).',
  emit(machine, options) {
    const view = posterView(machine, options.config);
    const model = { ...view, stageColumns: Math.min(Math.max(view.stages.length, 1), 5) };
    return {
      files: (['A4', 'A3'] as const).map((size) => ({
        path: `${POSTERS_FOLDER}/poster-${size.toLowerCase()}.html`,
        contents: renderPrintTemplate(posterTemplate(size), model),
      })),
      diagnostics: [],
    };
  },
};
