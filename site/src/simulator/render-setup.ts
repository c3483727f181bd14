// The case details form: when the escalation was raised, whose bank holidays count, which of the
// protocol's conditions hold, and (where the protocol allows it) a later stage to start at. Real
// labelled inputs in reading order, so the keyboard and screen readers need nothing special.

import type { Machine, Nation } from '../../../compiler/ir/types.ts';
import { SUPPORTED_YEARS } from '../../../runtime/calendar/bank-holidays.generated.ts';
import { NATIONS } from '../../../runtime/calendar/types.ts';
import { createDateTimeField } from './date-time-field.ts';
import { h } from './dom.ts';
import type { Scenario } from './scenario.ts';
import { nationName, sentenceCase } from './wording.ts';

export type Setup = Omit<Scenario, 'steps'>;

export interface SetupForm {
  readonly element: HTMLFormElement;
  /** Puts the case's values into the controls. */
  show(scenario: Scenario): void;
  /** The values in the controls, or a message saying what is missing. */
  read(): { setup: Setup } | { error: string };
  showError(message: string | null): void;
}

/** Stages an escalation may start at: the usual one, then each discretionary start's targets. */
function startChoices(machine: Machine): { id: string; title: string; needs: string | null }[] {
  const title = (id: string) => machine.states.find((s) => s.id === id)?.title ?? id;
  const choices = [{ id: machine.initial, title: title(machine.initial), needs: null as string | null }];
  for (const start of machine.discretionaryStarts) {
    for (const target of start.targets) {
      if (!choices.some((c) => c.id === target)) choices.push({ id: target, title: title(target), needs: start.condition });
    }
  }
  return choices;
}

/**
 * Conditions that change something: a route, a deadline or a start that depends on them. A condition
 * the protocol uses only as something that happens ("the disagreement is with your manager") is a
 * button in the case already; a checkbox for it would change nothing.
 */
export function guardConditions(machine: Machine): Machine['conditions'] {
  const used = new Set<string>();
  for (const t of machine.transitions) if (t.condition) used.add(t.condition);
  for (const s of machine.states) for (const d of [...s.deadline, ...s.timescales]) if (d.condition) used.add(d.condition);
  for (const start of machine.discretionaryStarts) if (start.condition) used.add(start.condition);
  return machine.conditions.filter((c) => used.has(c.id));
}

export function createSetupForm(doc: Document, machine: Machine, idPrefix: string): SetupForm {
  const id = (name: string) => `${idPrefix}-${name}`;
  const conditionText = new Map(machine.conditions.map((c) => [c.id, c.text]));

  const start = createDateTimeField(
    doc,
    id('start'),
    'When was the escalation raised?',
    `London time, between ${SUPPORTED_YEARS.first} and ${SUPPORTED_YEARS.last}. Deadlines count from here.`,
  );
  const nation = h(
    doc,
    'select',
    { id: id('nation'), name: 'nation' },
    NATIONS.map((n) => h(doc, 'option', { value: n }, n === machine.calendar.nation ? `${nationName(n)} (the protocol’s)` : nationName(n))),
  );
  const conditions = guardConditions(machine);
  const boxes = conditions.map((c) =>
    h(doc, 'input', { type: 'checkbox', id: id(`if-${c.id}`), name: 'condition', value: c.id }),
  );
  const starts = startChoices(machine);
  const startAt = starts.length > 1 ? h(doc, 'select', { id: id('from'), name: 'from', 'aria-describedby': id('from-hint') }) : null;
  const error = h(doc, 'p', { class: 'sp-sim-error', role: 'alert', hidden: true });

  const element = h(
    doc,
    'form',
    { class: 'sp-sim-setup', 'aria-label': 'Case details', novalidate: true },
    start.element,
    h(doc, 'div', { class: 'sp-sim-field' }, h(doc, 'label', { for: id('nation') }, 'Bank holidays of'), nation),
    boxes.length > 0 &&
      h(doc, 'fieldset', { class: 'sp-sim-conditions' },
        h(doc, 'legend', {}, 'What is true of this case?'),
        conditions.map((c, i) => h(doc, 'div', { class: 'sp-sim-check' }, boxes[i]!, h(doc, 'label', { for: id(`if-${c.id}`) }, sentenceCase(c.text)))),
      ),
    startAt &&
      h(doc, 'div', { class: 'sp-sim-field' },
        h(doc, 'label', { for: id('from') }, 'Start at'),
        startAt,
        h(doc, 'p', { class: 'sp-sim-hint', id: id('from-hint') }, 'The protocol allows a later start in some cases; stages it does not allow for this case are greyed out.'),
      ),
    error,
  );
  // Every change is applied at once; there is nothing to submit.
  element.addEventListener('submit', (event) => event.preventDefault());

  const fillStartAt = (scenario: Scenario): void => {
    if (!startAt) return;
    const holds = new Set(scenario.conditions);
    startAt.replaceChildren(
      ...starts.map((s) => {
        const allowed = s.needs === null || holds.has(s.needs);
        const label = allowed || s.needs === null ? s.title : `${s.title} (only when ${conditionText.get(s.needs) ?? s.needs})`;
        return h(doc, 'option', { value: s.id, disabled: !allowed }, label);
      }),
    );
    startAt.value = scenario.startAt ?? machine.initial;
  };

  return {
    element,
    show(scenario) {
      start.set(scenario.start);
      nation.value = scenario.nation ?? machine.calendar.nation;
      for (const box of boxes) box.checked = scenario.conditions.includes(box.value);
      fillStartAt(scenario);
    },
    read() {
      const typed = start.read();
      if ('error' in typed) return { error: `When was the escalation raised? ${typed.error}` };
      const when = typed.value;
      const year = Number(when.slice(0, 4));
      if (year < SUPPORTED_YEARS.first || year > SUPPORTED_YEARS.last) return { error: `Give a date between ${SUPPORTED_YEARS.first} and ${SUPPORTED_YEARS.last}: the bank holidays are known for those years.` };
      const chosen = nation.value as Nation;
      const from = startAt?.value ?? machine.initial;
      return {
        setup: {
          start: when,
          nation: chosen === machine.calendar.nation ? null : chosen,
          conditions: boxes.filter((b) => b.checked).map((b) => b.value).sort(),
          startAt: from === machine.initial ? null : from,
        },
      };
    },
    showError(message) {
      error.textContent = message ?? '';
      error.hidden = message === null;
      start.dateInput.setAttribute('aria-invalid', String(message !== null));
    },
  };
}
