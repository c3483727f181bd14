// The case details form: when the escalation was raised, whose bank holidays count, which of the
// protocol's conditions hold, and (where the protocol allows it) a later stage to start at. Real
// labelled inputs in reading order, so the keyboard and screen readers need nothing special.

import type { Machine, Nation } from '../../../compiler/ir/types.ts';
import { SUPPORTED_YEARS } from '../../../runtime/calendar/bank-holidays.generated.ts';
import { NATIONS } from '../../../runtime/calendar/types.ts';
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

export function createSetupForm(doc: Document, machine: Machine, idPrefix: string): SetupForm {
  const id = (name: string) => `${idPrefix}-${name}`;
  const conditionText = new Map(machine.conditions.map((c) => [c.id, c.text]));

  const start = h(doc, 'input', {
    type: 'datetime-local',
    id: id('start'),
    name: 'start',
    required: true,
    step: 60,
    min: `${SUPPORTED_YEARS.first}-01-01T00:00`,
    max: `${SUPPORTED_YEARS.last}-12-31T23:59`,
    'aria-describedby': id('start-hint'),
  });
  const nation = h(
    doc,
    'select',
    { id: id('nation'), name: 'nation' },
    NATIONS.map((n) => h(doc, 'option', { value: n }, n === machine.calendar.nation ? `${nationName(n)} (the protocol’s)` : nationName(n))),
  );
  const boxes = machine.conditions.map((c) =>
    h(doc, 'input', { type: 'checkbox', id: id(`if-${c.id}`), name: 'condition', value: c.id }),
  );
  const starts = startChoices(machine);
  const startAt = starts.length > 1 ? h(doc, 'select', { id: id('from'), name: 'from', 'aria-describedby': id('from-hint') }) : null;
  const error = h(doc, 'p', { class: 'sp-sim-error', role: 'alert', hidden: true });

  const element = h(
    doc,
    'form',
    { class: 'sp-sim-setup', 'aria-label': 'Case details', novalidate: true },
    h(doc, 'div', { class: 'sp-sim-field' },
      h(doc, 'label', { for: id('start') }, 'When was the escalation raised?'),
      start,
      h(doc, 'p', { class: 'sp-sim-hint', id: id('start-hint') }, 'London time. Deadlines count from here.'),
    ),
    h(doc, 'div', { class: 'sp-sim-field' }, h(doc, 'label', { for: id('nation') }, 'Bank holidays of'), nation),
    boxes.length > 0 &&
      h(doc, 'fieldset', { class: 'sp-sim-conditions' },
        h(doc, 'legend', {}, 'What is true of this case?'),
        machine.conditions.map((c, i) => h(doc, 'div', { class: 'sp-sim-check' }, boxes[i]!, h(doc, 'label', { for: id(`if-${c.id}`) }, sentenceCase(c.text)))),
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
      start.value = scenario.start;
      nation.value = scenario.nation ?? machine.calendar.nation;
      for (const box of boxes) box.checked = scenario.conditions.includes(box.value);
      fillStartAt(scenario);
    },
    read() {
      const when = start.value.slice(0, 16);
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(when)) return { error: 'Give the date and time the escalation was raised.' };
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
      start.setAttribute('aria-invalid', String(message !== null));
    },
  };
}
