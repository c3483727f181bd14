// The forms emitter: one blank, printable A4 form per form the protocol declares
// (`forms/<form-id>.html`), with a block per stage for forms completed at every stage, and a
// landscape register with a row per case for forms that are logs. A protocol that publishes no form
// gets `forms/escalation-record.html`, generated from its stages and saying so.
import type { Form, Machine } from '../../ir/types.ts';
import type { Emitter, EmittedFile } from '../types.ts';
import { renderPrintTemplate } from '../print-shared/handlebars-env.ts';
import { DEFAULT_FORM_ID, declaredFormView, defaultFormView } from './form-view.ts';
import { FORM_TEMPLATE } from './forms-template.ts';
import { LOG_TEMPLATE } from './log-template.ts';
import { logView } from './log-view.ts';

export const FORMS_FOLDER = 'forms';

function renderDeclared(machine: Machine, form: Form): string {
  return form.layout === 'log'
    ? renderPrintTemplate(LOG_TEMPLATE, logView(machine, form))
    : renderPrintTemplate(FORM_TEMPLATE, declaredFormView(machine, form));
}

export const formsEmitter: Emitter = {
  id: 'forms',
  description: 'Blank A4 forms and landscape logs for recording escalations (forms/<form-id>.html).',
  emit(machine) {
    const files: EmittedFile[] =
      machine.forms.length > 0
        ? machine.forms.map((form) => ({ path: `${FORMS_FOLDER}/${form.id}.html`, contents: renderDeclared(machine, form) }))
        : [{ path: `${FORMS_FOLDER}/${DEFAULT_FORM_ID}.html`, contents: renderPrintTemplate(FORM_TEMPLATE, defaultFormView(machine)) }];
    return { files, diagnostics: [] };
  },
};
