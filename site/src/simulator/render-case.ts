// The case as it stands: the current stage (who meets whom, when it is due and why, what to
// record), the buttons for what can happen next, or the outcome; then the path so far and the
// missed deadlines. Rebuilt from the CaseView after every change; it holds no state of its own.

import type { Machine } from '../../../compiler/ir/types.ts';
import { formatLondonIso, formatLondonShort } from '../../../runtime/engine/date-time.ts';
import type { SimulatedStep } from '../../../runtime/engine/types.ts';
import { currentDeadline, type CaseView } from './case-view.ts';
import type { Choice } from './choices.ts';
import { createDateTimeField, inWords } from './date-time-field.ts';
import { h, textList } from './dom.ts';
import { pathTree, type PathNode } from './path-tree.ts';
import {
  choiceText,
  dueDetails,
  dueWhen,
  endFacts,
  endHeading,
  exitText,
  peopleLines,
  recordText,
  stepLines,
  stepQualifier,
  timescaleText,
} from './wording.ts';

export interface CaseActions {
  /** `at`: London wall-clock `YYYY-MM-DDTHH:MM`, or null for "at the deadline". */
  choose(choice: Choice, at: string | null): void;
  /** London wall-clock time now, to the minute (the default time of a step). */
  now(): string;
  undo(): void;
  restart(): void;
  share(): void;
}

export interface CasePanel {
  readonly element: HTMLElement;
  /** The heading that takes focus after each step. */
  readonly heading: HTMLHeadingElement;
  /** Shows a problem with the step just tried (e.g. a time before the stage began). */
  showStepError(message: string | null): void;
  /** Shows the share link in a box people can copy from by hand. */
  showLink(url: string): void;
}

const unique = (items: string[]): string[] => [...new Set(items)];

function currentFacts(doc: Document, machine: Machine, view: CaseView): HTMLElement {
  const conditionText = (id: string) => machine.conditions.find((c) => c.id === id)?.text ?? id;
  // The active level first; an enclosing stage's people are named with the stage they belong to.
  const innermostFirst = [...view.current].reverse();
  const people = unique(innermostFirst.flatMap((s, i) => peopleLines(s).map((line) => (i === 0 ? line : `${line} (${s.state.title})`))));
  const records = unique(innermostFirst.flatMap((s) => s.records.map(recordText)));
  const formTitle = (id: string) => machine.forms.find((f) => f.id === id)?.title ?? id;
  const requiredForms = unique(innermostFirst.flatMap((s) => (s.state.requiredForms ?? []).map((r) => formTitle(r.form))));
  const also = unique(innermostFirst.flatMap((s) => s.timescales.map(timescaleText)));
  // The active stage has not ended: the engine's overdue marks come from its worst-case walk on.
  const steps = innermostFirst.flatMap((s) => stepLines(s.duties, false));
  const timed = currentDeadline(view);
  const leaf = view.current[view.current.length - 1]!;
  const deadline = timed?.deadline ?? null;
  const whose = timed && timed !== leaf ? ` (the deadline of ${timed.state.title})` : '';
  const overdue = deadline && deadline.due.getTime() < leaf.enteredAt.getTime();
  return h(doc, 'dl', { class: 'sp-sim-facts' },
    h(doc, 'dt', {}, 'Who meets whom'),
    h(doc, 'dd', {}, textList(doc, people) ?? 'The protocol does not say.'),
    h(doc, 'dt', {}, 'Due'),
    h(doc, 'dd', {},
      deadline
        ? [
            h(doc, 'p', { class: 'sp-sim-due' }, h(doc, 'strong', {}, dueWhen(deadline)), whose, ' London time', stepQualifier(deadline.spec)),
            overdue ? h(doc, 'p', { class: 'sp-sim-missed' }, 'Already overdue when this stage began.') : null,
            h(doc, 'div', { class: 'sp-sim-rule' }, dueDetails(deadline, conditionText).map((line) => h(doc, 'p', {}, line))),
          ]
        : steps.length > 0 ? 'Each step below has its own timescale.' : 'No timescale stated.',
    ),
    steps.length > 0 && [h(doc, 'dt', {}, 'Steps'), h(doc, 'dd', {}, textList(doc, steps))],
    also.length > 0 && [h(doc, 'dt', {}, 'Also'), h(doc, 'dd', {}, textList(doc, also))],
    h(doc, 'dt', {}, 'Record'),
    h(doc, 'dd', {}, textList(doc, records) ?? 'Nothing the protocol names.'),
    // Only when the protocol says so (`required form`): the simulator never implies a form is optional or required otherwise.
    requiredForms.length > 0 && [h(doc, 'dt', {}, 'Required forms'), h(doc, 'dd', {}, textList(doc, requiredForms))],
  );
}

type WhenChoice = 'now' | 'deadline' | 'other';

/**
 * "When did it happen?": now (the default: a practitioner usually records what just happened), at
 * the stage's deadline (only when it has one: a stage without a timescale has no moment to offer),
 * or a date and time they type, each echoed in words.
 */
function whenControls(doc: Document, view: CaseView, actions: CaseActions, idPrefix: string) {
  const name = `${idPrefix}-when`;
  const since = formatLondonIso(view.since).slice(0, 16);
  const now = actions.now();
  const deadline = currentDeadline(view)?.deadline ?? null;
  const dueText = deadline ? formatLondonIso(deadline.due).slice(0, 16) : null;
  const other = createDateTimeField(doc, `${name}-at`, 'The date and time it happened', 'London time.');
  other.set(now >= since ? now : since);
  other.element.hidden = true;
  const options: Array<[WhenChoice, string]> = [
    ['now', now >= since ? `Now (${inWords(now)})` : `Now (${inWords(now)}, before this stage began)`],
    ...(dueText ? ([['deadline', `At the deadline (${inWords(dueText)})`]] as Array<[WhenChoice, string]>) : []),
    ['other', 'At another time'],
  ];
  const preferred: WhenChoice = now >= since ? 'now' : dueText ? 'deadline' : 'other';
  const radios = options.map(([value, label]) => {
    const radio = h(doc, 'input', { type: 'radio', name, id: `${name}-${value}`, value, checked: value === preferred });
    radio.addEventListener('change', () => (other.element.hidden = value !== 'other'));
    return h(doc, 'div', { class: 'sp-sim-check' }, radio, h(doc, 'label', { for: `${name}-${value}` }, label));
  });
  other.element.hidden = preferred !== 'other';
  const element = h(doc, 'fieldset', { class: 'sp-sim-when' },
    h(doc, 'legend', {}, 'When did it happen?'),
    radios,
    dueText ? null : h(doc, 'p', { class: 'sp-sim-hint' }, 'This stage has no timescale, so there is no deadline to take.'),
    other.element,
  );
  /** The time of the step: text, null for the deadline, or an error sentence. */
  const read = (): { at: string | null } | { error: string } => {
    const chosen = (element.querySelector(`input[name="${name}"]:checked`) as HTMLInputElement | null)?.value as WhenChoice | undefined;
    if (chosen === 'deadline') return { at: null };
    if (chosen === 'other') {
      const typed = other.read();
      return 'error' in typed ? typed : { at: typed.value };
    }
    return { at: actions.now() };
  };
  return { element, read };
}

function nextStep(doc: Document, view: CaseView, actions: CaseActions, idPrefix: string, error: HTMLElement): HTMLElement {
  const when = whenControls(doc, view, actions, idPrefix);
  const buttons = view.choices.map((choice) => {
    const text = choiceText(choice);
    const button = h(doc, 'button', { type: 'button', class: 'sp-sim-choice', 'data-event': choice.event },
      h(doc, 'span', { class: 'sp-sim-choice-action' }, text.action),
      h(doc, 'span', { class: 'sp-sim-choice-result' }, text.result),
    );
    button.addEventListener('click', () => {
      const time = when.read();
      if ('error' in time) {
        error.textContent = time.error;
        error.hidden = false;
        return;
      }
      actions.choose(choice, time.at);
    });
    return button;
  });
  return h(doc, 'fieldset', { class: 'sp-sim-next' },
    h(doc, 'legend', {}, 'What happened next?'),
    when.element,
    buttons.length > 0
      ? h(doc, 'div', { class: 'sp-sim-choices' }, buttons)
      : h(doc, 'p', {}, 'The protocol gives no way on from here.'),
    error,
  );
}

function endBlock(doc: Document, view: CaseView): HTMLElement {
  const end = view.end!;
  return h(doc, 'div', { class: 'sp-sim-end' },
    endFacts(end).map((line) => h(doc, 'p', {}, line)),
    end.description && h(doc, 'p', {}, end.description),
    end.records.length > 0 && [h(doc, 'p', {}, 'Record:'), textList(doc, end.records.map(recordText))],
    stepLines(end.duties).length > 0 && [h(doc, 'p', {}, 'Then:'), textList(doc, stepLines(end.duties))],
  );
}

function pathItem(doc: Document, machine: Machine, view: CaseView, node: PathNode): HTMLLIElement {
  const step: SimulatedStep = node.step;
  const active = view.current.includes(step);
  const ended = active ? null : exitText(machine, step);
  const deadline = step.deadline;
  return h(doc, 'li', { class: active ? 'sp-sim-path-now' : undefined },
    h(doc, 'span', { class: 'sp-sim-path-title' }, step.state.title),
    active && h(doc, 'span', { class: 'sp-sim-tag' }, 'now'),
    h(doc, 'span', { class: 'sp-sim-path-line' }, `Began ${formatLondonShort(step.enteredAt)}`),
    deadline && h(doc, 'span', { class: 'sp-sim-path-line' }, `Due ${dueWhen(deadline)}`),
    ended && h(doc, 'span', { class: 'sp-sim-path-line' }, `Ended: ${ended}`),
    !active && deadline?.missed && h(doc, 'span', { class: 'sp-sim-tag sp-sim-missed' }, 'deadline missed'),
    !active && step.duties.timedSteps.filter((s) => s.overdue).map((s) => h(doc, 'span', { class: 'sp-sim-tag sp-sim-missed' }, `step overdue: ${s.step.action}`)),
    node.children.length > 0 && h(doc, 'ol', {}, node.children.map((child) => pathItem(doc, machine, view, child))),
  );
}

export function renderCase(doc: Document, machine: Machine, view: CaseView, actions: CaseActions, idPrefix: string, notices: readonly string[]): CasePanel {
  const headingId = `${idPrefix}-now`;
  const leaf = view.current[view.current.length - 1];
  const heading = h(doc, 'h3', { id: headingId, tabindex: -1, class: 'sp-sim-heading' },
    view.end ? endHeading(view.end) : leaf ? `Now: ${leaf.state.title}` : 'The case cannot go on',
  );
  const parents = view.current.slice(0, -1).map((s) => s.state.title);
  const error = h(doc, 'p', { class: 'sp-sim-error', role: 'alert', hidden: true });
  const worst = view.worstCase;
  const linkId = `${idPrefix}-link`;
  const link = h(doc, 'input', { type: 'text', id: linkId, readonly: true, class: 'sp-sim-link' });
  const shareBox = h(doc, 'div', { class: 'sp-sim-field sp-sim-share', hidden: true },
    h(doc, 'label', { for: linkId }, 'Link to this case'),
    link,
    h(doc, 'p', { class: 'sp-sim-hint' }, 'It holds the dates, the nation, the conditions ticked and the steps, nothing else. Anyone who opens it sees this case.'),
  );
  const missed = view.missed.map((s) => `${s.state.title}: due ${formatLondonShort(s.deadline!.due)}, ended ${formatLondonShort(s.exitedAt!)}`);
  const element = h(doc, 'section', { class: 'sp-sim-case', 'aria-labelledby': headingId },
    notices.length > 0 && h(doc, 'div', { class: 'sp-sim-notice' }, notices.map((n) => h(doc, 'p', {}, n))),
    heading,
    parents.length > 0 && h(doc, 'p', { class: 'sp-sim-part-of' }, `Part of ${parents.join(' › ')}`),
    view.end ? endBlock(doc, view) : leaf ? [currentFacts(doc, machine, view), nextStep(doc, view, actions, idPrefix, error)] : null,
    worst && h(doc, 'p', { class: 'sp-sim-worst' }, worstCaseText(view, worst)),
    h(doc, 'h3', {}, 'The path so far'),
    h(doc, 'ol', { class: 'sp-sim-path' }, pathTree(view.path).map((node) => pathItem(doc, machine, view, node))),
    view.end && h(doc, 'p', { class: 'sp-sim-path-end' }, `${endHeading(view.end)}, ${formatLondonShort(view.end.at)}.`),
    h(doc, 'p', { class: 'sp-sim-missed-summary' }, missed.length === 0 ? 'Deadlines missed: none.' : 'Deadlines missed:'),
    textList(doc, missed, 'sp-sim-missed-list'),
    h(doc, 'div', { class: 'sp-sim-actions' },
      button(doc, 'Undo last step', actions.undo, view.scenario.steps.length === 0),
      button(doc, 'Start again', actions.restart, view.scenario.steps.length === 0),
      button(doc, 'Copy a link to this case', actions.share, false),
    ),
    shareBox,
  );
  return {
    element,
    heading,
    showStepError(message) {
      error.textContent = message ?? '';
      error.hidden = message === null;
    },
    showLink(url) {
      link.value = url;
      shareBox.hidden = false;
    },
  };
}

/**
 * Where the case ends if it is not resolved at any stage from here. The date is given only when every
 * stage still to come has a timescale: otherwise it would be a time the protocol never states.
 */
export function worstCaseText(view: CaseView, worst: NonNullable<CaseView['worstCase']>): string {
  const ahead = view.simulation.steps.slice(view.path.length - view.current.length);
  // A stage whose levels carry the timescales is timed by them; only a stage or level with none is untimed.
  const untimed = ahead.find((s) => s.deadline === null && view.simulation.steps.every((o) => o.state.parent !== s.state.id));
  const where = worst.kind === 'outcome' ? `it ends at “${worst.title}”` : `it leaves this procedure: “${worst.title}”`;
  if (untimed) return `If it is not resolved at any stage from here, ${where}. No date can be given: ${untimed.state.title} has no timescale.`;
  return `If it is not resolved at any stage from here, ${where}, at the latest ${formatLondonShort(worst.at)}.`;
}

function button(doc: Document, label: string, onClick: () => void, disabled: boolean): HTMLButtonElement {
  const b = h(doc, 'button', { type: 'button', class: 'sp-sim-secondary', disabled }, label);
  b.addEventListener('click', onClick);
  return b;
}
