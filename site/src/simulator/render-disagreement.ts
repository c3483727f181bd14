// What the island shows in place of a case when the protocol's state machine and the engine's
// timeline disagree about it (walk.ts): no stage and no dates, because either could be wrong; a
// plain explanation, the technical detail for whoever reports it, and a way to start again.

import { h } from './dom.ts';
import type { MachineDisagreement } from './walk.ts';

export interface DisagreementPanel {
  readonly element: HTMLElement;
  /** Takes focus, so a keyboard or screen-reader user lands on the explanation. */
  readonly heading: HTMLHeadingElement;
}

/** The sentence shown next to the buttons when a step itself leads to a disagreement. */
export const STEP_DISAGREEMENT =
  'The simulator cannot follow that step: the protocol’s state machine and its timeline disagree about where it leads, so no dates are shown for it. The stages and timescales above say what the protocol requires.';

export function renderDisagreement(doc: Document, error: MachineDisagreement, idPrefix: string, restart: () => void): DisagreementPanel {
  const headingId = `${idPrefix}-now`;
  const heading = h(doc, 'h3', { id: headingId, tabindex: -1, class: 'sp-sim-heading' }, 'The simulator cannot show this case');
  const again = h(doc, 'button', { type: 'button', class: 'sp-sim-secondary' }, 'Start again');
  again.addEventListener('click', restart);
  const element = h(doc, 'section', { class: 'sp-sim-case', 'aria-labelledby': headingId, 'data-simulator-disagreement': true },
    heading,
    h(doc, 'div', { class: 'sp-sim-error', role: 'alert' },
      h(doc, 'p', {}, 'The protocol’s state machine and its timeline disagree about this case, so no stage or date is shown: either could be wrong. The stages and timescales above say what the protocol requires.'),
      h(doc, 'p', { class: 'sp-sim-hint' }, `Detail: ${error.message}`),
    ),
    h(doc, 'div', { class: 'sp-sim-actions' }, again),
  );
  return { element, heading };
}
