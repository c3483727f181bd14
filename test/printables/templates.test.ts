// The printables' templates never bypass escaping: no triple-stash `{{{ }}}` and no `{{& }}` in any
// template module, shared partial or stylesheet spliced into a template, and the stylesheets hold
// no Handlebars syntax at all (they are spliced into templates as they stand).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRIEFING_CSS } from '../../compiler/emitters/briefing/briefing-css.ts';
import { BRIEFING_TEMPLATE } from '../../compiler/emitters/briefing/briefing-template.ts';
import { FORMS_CSS } from '../../compiler/emitters/forms/forms-css.ts';
import { FORM_TEMPLATE } from '../../compiler/emitters/forms/forms-template.ts';
import { LOG_CSS } from '../../compiler/emitters/forms/log-css.ts';
import { LOG_TEMPLATE } from '../../compiler/emitters/forms/log-template.ts';
import { SHARED_PARTIALS } from '../../compiler/emitters/print-shared/handlebars-env.ts';
import { PRINT_CSS } from '../../compiler/emitters/print-shared/print-css.ts';
import { ROOT } from '../helpers/protocols.ts';

const FOLDERS = ['briefing', 'forms', 'print-shared'].map((f) => join(ROOT, 'compiler', 'emitters', f));
const sources = FOLDERS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ file: join(dir, f).slice(ROOT.length + 1), text: readFileSync(join(dir, f), 'utf8') })),
);

describe('template sources', () => {
  it('are found', () => {
    expect(sources.map((s) => s.file)).toEqual(expect.arrayContaining(['compiler/emitters/briefing/briefing-template.ts', 'compiler/emitters/forms/forms-template.ts', 'compiler/emitters/forms/log-template.ts']));
  });

  it.each(sources)('$file uses no triple-stash and no {{& }}', ({ text }) => {
    expect(text).not.toContain('{{{');
    expect(text).not.toMatch(/\{\{~?&/);
  });

  it('compiled templates and partials use no unescaped output either', () => {
    for (const t of [BRIEFING_TEMPLATE, FORM_TEMPLATE, LOG_TEMPLATE, ...Object.values(SHARED_PARTIALS)]) {
      expect(t).not.toContain('{{{');
      expect(t).not.toMatch(/\{\{~?&/);
    }
  });

  it('stylesheets hold no Handlebars syntax', () => {
    for (const css of [PRINT_CSS, BRIEFING_CSS, FORMS_CSS, LOG_CSS]) expect(css).not.toMatch(/\{\{|\}\}/);
  });
});
