// The forms emitter: one blank, printable A4 form per form the protocol declares
// (`forms/<form-id>.html`), with a block per stage for forms completed at every stage. A protocol
// that publishes no form gets `forms/escalation-record.html`, generated from its stages and saying so.
import type { Emitter, EmittedFile } from '../types.ts';
import { renderPrintTemplate } from '../print-shared/handlebars-env.ts';
import { DEFAULT_FORM_ID, declaredFormView, defaultFormView } from './form-view.ts';
import { FORM_TEMPLATE } from './forms-template.ts';

export const FORMS_FOLDER = 'forms';

export const formsEmitter: Emitter = {
  id: 'forms',
  description: 'Blank A4 forms for recording escalations (forms/<form-id>.html).',
  emit(machine) {
    const files: EmittedFile[] =
      machine.forms.length > 0
        ? machine.forms.map((form) => ({
            path: `${FORMS_FOLDER}/${form.id}.html`,
            contents: renderPrintTemplate(FORM_TEMPLATE, declaredFormView(machine, form)),
          }))
        : [{ path: `${FORMS_FOLDER}/${DEFAULT_FORM_ID}.html`, contents: renderPrintTemplate(FORM_TEMPLATE, defaultFormView(machine)) }];
    return { files, diagnostics: [] };
  },
};
