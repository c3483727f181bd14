// The per-stage blocks of a form completed "at every stage": one block per stage the recording duty
// covers (from the stage where it starts), each printing the stage's timescale in the protocol's
// words and who should meet, with boxes for who met, the outcome, agreed actions and the date the
// outcome was shared with the person who raised the concern.
import type { Machine, State } from '../../ir/types.ts';
import { deadlineCondition, deadlinePurpose, deadlineWording, formatAmount, joinList, oneLine, stepSentence, type Namer } from '../print-shared/text.ts';
import { fieldView, type FieldSpec, type FieldView } from './field-view.ts';

export interface StageBlockView {
  id: string;
  title: string;
  /** Parent stage of a level, e.g. "Stage One". */
  parent: string | null;
  /** One line per timescale, conditional cases first, in the protocol's words. */
  timescales: string[];
  total: string | null;
  who: string;
  /** Forms required at this stage (`required form`), by title. */
  requiredForms: string[];
  fields: FieldView[];
}

const STAGE_FIELDS: readonly FieldSpec[] = [
  { id: 'date', label: 'Date of the discussion', type: 'date', required: true, help: null, size: 'third' },
  { id: 'resolved', label: 'Resolved at this stage?', type: 'yesno', required: true, help: null, size: 'third' },
  { id: 'shared', label: 'Outcome shared with the person who raised the concern on', type: 'date', required: false, help: null, size: 'third' },
  { id: 'who_met', label: 'Who met (roles and agencies)', type: 'text', required: true, help: null },
  { id: 'outcome', label: 'Outcome', type: 'longtext', required: true, help: null, lines: 3 },
  { id: 'actions', label: 'Agreed actions, by whom and by when', type: 'longtext', required: false, help: null, lines: 3 },
];

function timescalesOf(state: State, names: Namer): string[] {
  const hasConditional = state.deadline.some((d) => d.condition !== null);
  const entries = [...state.timescales, ...state.deadline].map((d) => {
    const otherwise = hasConditional && state.deadline.includes(d) && d.condition === null ? 'Otherwise' : null;
    const condition = deadlineCondition(d, names) ?? otherwise;
    const purpose = deadlinePurpose(d);
    const wording = deadlineWording(d, names);
    return [condition, purpose].filter((x) => x !== null).map((x) => `${x}: `).join('') + wording;
  });
  // Each step is printed with its own timescale, so whoever fills the form sees every due point.
  (state.steps ?? []).forEach((s, i) => entries.push(stepSentence(s, names).replace(/^/, `Step ${i + 1}: `)));
  return entries.length > 0 ? entries : ['No timescale stated in the protocol'];
}

function whoOf(state: State, names: Namer): string {
  const meets = state.meetings.map((m) => {
    const role = names.role(m.role);
    if (m.with) return `${role} with ${names.role(m.with)}`;
    return m.counterpart ? `${role} with their counterpart` : role;
  });
  if (meets.length > 0) return joinList(meets);
  return state.owner ? `${names.role(state.owner)} (leads this stage)` : 'Not stated in the protocol';
}

/** The stages where something happens: levels, and stages that have no levels. */
function workingStates(machine: Machine): State[] {
  return machine.states.filter((s) => s.levels.length === 0);
}

/**
 * The stages a per-stage record covers: those whose duties name it (the IR copies protocol-wide
 * duties into each state they apply to, honouring `from`); all working stages if none do.
 */
export function statesForRecord(machine: Machine, recordId: string | null): State[] {
  const working = workingStates(machine);
  if (recordId === null) return working;
  const covered = working.filter((s) => s.records.some((r) => r.record === recordId));
  return covered.length > 0 ? covered : working;
}

/** Titles of the forms required at a stage, with their appendix when the source gives one. */
export function requiredFormTitles(machine: Machine, state: State): string[] {
  return (state.requiredForms ?? []).map((r) => {
    const form = machine.forms.find((f) => f.id === r.form);
    if (!form) return r.form;
    return form.appendix ? `${oneLine(form.title)} (${oneLine(form.appendix)})` : oneLine(form.title);
  });
}

export function stageBlocks(machine: Machine, states: State[], names: Namer): StageBlockView[] {
  return states.map((state) => ({
    id: state.id,
    title: oneLine(state.title),
    parent: state.parent ? names.state(state.parent) : null,
    timescales: timescalesOf(state, names),
    total: state.cumulative ? formatAmount(state.cumulative.amount, state.cumulative.unit) : null,
    who: whoOf(state, names),
    requiredForms: requiredFormTitles(machine, state),
    fields: [
      ...STAGE_FIELDS.map((f) => fieldView({ ...f, id: `${state.id}-${f.id}` }, machine)),
      ...(state.steps ?? []).map((s, i) =>
        fieldView({ id: `${state.id}-step-${s.id}`, label: `Step ${i + 1} done on (${oneLine(s.action)})`, type: 'date', required: false, help: null, size: 'third' }, machine),
      ),
    ],
  }));
}
