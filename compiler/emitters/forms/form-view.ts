// View models of the printed forms: a form the protocol declares (its fields in order, plus a block
// per stage when it is completed at every stage), or, when the protocol publishes no form, a
// default escalation record generated from its stages. Templates hold no personal data: only the
// protocol's labels, roles, stages and timescales are printed.
import type { Form, Machine } from '../../ir/types.ts';
import { describeDuties } from '../print-shared/recording-duties.ts';
import { namer, oneLine, paragraphs, type Namer } from '../print-shared/text.ts';
import { declaredField, fieldView, type FieldSpec, type FieldView } from './field-view.ts';
import { stageBlocks, statesForRecord, type StageBlockView } from './stage-blocks.ts';

export interface FormView {
  title: string;
  formTitle: string;
  partnership: string;
  protocol: string;
  version: string;
  appendix: string | null;
  description: string[];
  generatedNotice: string | null;
  completion: string[];
  hasRequired: boolean;
  hasMonitoring: boolean;
  /** The stages at which the protocol requires this form (`required form`). */
  requiredAt: string[];
  detailsHeading: string | null;
  fields: FieldView[];
  stages: StageBlockView[];
  closing: FieldView[];
  footer: string;
}

export const DEFAULT_FORM_ID = 'escalation-record';
export const GENERATED_NOTICE = 'This protocol does not publish a form; this record is generated from its stages.';

const DEFAULT_FIELDS: readonly FieldSpec[] = [
  { id: 'case_ref', label: 'Case reference', type: 'text', required: true, help: 'A reference, not a name, if this record is shared.' },
  { id: 'date_raised', label: 'Date the concern was first raised', type: 'date', required: true, help: null },
  { id: 'raised_by', label: 'Role of the person who raised the concern', type: 'role', required: true, help: null },
  { id: 'agencies', label: 'Agencies involved', type: 'text', required: true, help: null },
  { id: 'concern', label: 'The concern or disagreement', type: 'longtext', required: true, help: null },
];

function completionLines(machine: Machine, recordId: string, names: Namer): string[] {
  return describeDuties(machine, names)
    .filter((d) => d.record === recordId)
    .map((d) => `${d.when}${d.by ? `, by ${d.by}` : ''}${d.what ? `: ${d.what}` : ''}.${d.sharedWith ? ` Shared with ${d.sharedWith}.` : ''}`);
}

/** The heading and running footer every printed form shares, logs included. */
export function formShell(machine: Machine, formTitle: string) {
  const version = machine.meta.version ? oneLine(machine.meta.version) : 'not stated';
  const protocol = oneLine(machine.meta.title);
  return {
    title: `${oneLine(formTitle)} – ${protocol}`,
    formTitle: oneLine(formTitle),
    partnership: oneLine(machine.meta.partnership.name),
    protocol,
    version,
    footer: `${protocol} · version ${version} · ${oneLine(formTitle)}`,
  };
}

function outcomeFields(machine: Machine): FieldView[] {
  const endings = [...machine.outcomes, ...machine.exits].map((o) => oneLine(o.title));
  const outcome = fieldView({ id: 'final_outcome', label: 'How the escalation ended', type: 'role', required: true, help: null }, machine);
  return [
    { ...outcome, choices: [...endings, 'Other (write in)'] },
    fieldView({ id: 'date_closed', label: 'Date closed', type: 'date', required: true, help: null }, machine),
    fieldView({ id: 'date_shared', label: 'Date shared with the person who raised the concern', type: 'date', required: false, help: null }, machine),
    fieldView({ id: 'learning', label: 'Learning points', type: 'longtext', required: false, help: null, lines: 3 }, machine),
  ];
}

export function declaredFormView(machine: Machine, form: Form): FormView {
  const names = namer(machine);
  const fields = form.fields.map((f) => fieldView(declaredField(f), machine));
  const stages = form.layout === 'per_stage' ? stageBlocks(machine, statesForRecord(machine, form.id), names) : [];
  return {
    ...formShell(machine, form.title),
    appendix: form.appendix ? oneLine(form.appendix) : null,
    description: form.description ? paragraphs(form.description) : [],
    generatedNotice: null,
    completion: completionLines(machine, form.id, names),
    hasRequired: fields.some((f) => f.required) || stages.length > 0,
    hasMonitoring: fields.some((f) => f.monitoring),
    requiredAt: machine.states.filter((s) => (s.requiredForms ?? []).some((r) => r.form === form.id)).map((s) => oneLine(s.title)),
    detailsHeading: stages.length > 0 && fields.length > 0 ? 'Details' : null,
    fields,
    stages,
    closing: [],
  };
}

export function defaultFormView(machine: Machine): FormView {
  const names = namer(machine);
  return {
    ...formShell(machine, 'Escalation record'),
    appendix: null,
    description: [],
    generatedNotice: GENERATED_NOTICE,
    // What the protocol asks to be recorded, and where, so the generated record points to it.
    completion: describeDuties(machine, names).map((d) => `${d.recordTitle}: ${d.when.charAt(0).toLowerCase()}${d.when.slice(1)}${d.by ? `, by ${d.by}` : ''}.`),
    hasRequired: true,
    hasMonitoring: false,
    requiredAt: [],
    detailsHeading: 'Details',
    fields: DEFAULT_FIELDS.map((f) => fieldView(f, machine)),
    stages: stageBlocks(machine, statesForRecord(machine, null), names),
    closing: outcomeFields(machine),
  };
}
