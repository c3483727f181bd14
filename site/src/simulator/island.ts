// One simulator on a page: holds the current case, turns clicks into new cases, redraws, moves
// focus and tells screen readers what changed. Everything it knows lives in this closure; nothing
// is stored anywhere (no cookies, no localStorage) and nothing is sent: the only way a case leaves
// the page is the link the user asks for. Should the protocol's state machine and the engine ever
// disagree about a case (walk.ts), that is shown in place of the case, never dates that could be wrong.

import type { Machine } from '../../../compiler/ir/types.ts';
import { formatLondonIso, formatLondonShort } from '../../../runtime/engine/date-time.ts';
import { SimulationError } from '../../../runtime/engine/errors.ts';
import { indexMachine } from '../../../runtime/engine/machine-index.ts';
import { caseView, settleScenario, type CaseView } from './case-view.ts';
import type { Choice } from './choices.ts';
import { h } from './dom.ts';
import { renderCase, type CasePanel } from './render-case.ts';
import { renderDisagreement, STEP_DISAGREEMENT } from './render-disagreement.ts';
import { createSetupForm } from './render-setup.ts';
import { emptyScenario, roundedLondonNow, withSetup, withStep, withoutLastStep, type Scenario } from './scenario.ts';
import { decodeScenario, isShareFragment, shareUrl } from './share-link.ts';
import { MachineDisagreement } from './walk.ts';
import { announcement, sentenceCase } from './wording.ts';

export interface IslandOptions {
  readonly win: Window;
  /** The clock, for the default start ("now, rounded"). */
  readonly now: () => Date;
  /** Makes element ids unique when a page has more than one simulator. */
  readonly idPrefix: string;
}

const currentHasDeadline = (view: CaseView): boolean => view.current.some((s) => s.deadline !== null);

/** What to tell someone whose step the engine refused, in the words of the form. */
function stepErrorMessage(error: SimulationError, view: CaseView): string {
  switch (error.code) {
    case 'out_of_order':
      return `That time is before ${formatLondonShort(view.since)}, when this stage began. Choose a later time${currentHasDeadline(view) ? ', or “At the deadline”' : ''}.`;
    case 'invalid_date':
      return 'Give a full date (day/month/year) and time (24-hour).';
    default:
      return sentenceCase(error.message);
  }
}

export function mountSimulator(root: HTMLElement, machine: Machine, options: IslandOptions): void {
  const { win, now, idPrefix } = options;
  const doc = root.ownerDocument;
  const index = indexMachine(machine);
  const setup = createSetupForm(doc, machine, idPrefix);
  const live = h(doc, 'p', { class: 'sp-sim-live', 'aria-live': 'polite', 'data-simulator-live': true });
  const holder = h(doc, 'div', {});
  let view: CaseView;
  let panel: CasePanel;
  /** The case on screen: `view`'s, or the one shown as a disagreement (which has no view). */
  let shown: Scenario;

  const announce = (text: string): void => {
    // Emptied first so that the same sentence twice is still read out.
    live.textContent = '';
    win.setTimeout(() => (live.textContent = text), 50);
  };

  const show = (next: CaseView, notices: readonly string[] = []): void => {
    view = next;
    shown = next.scenario;
    setup.show(view.scenario);
    panel = renderCase(doc, machine, view, { choose, undo, restart, share, now: () => formatLondonIso(now()).slice(0, 16) }, idPrefix, notices);
    holder.replaceChildren(panel.element);
  };

  /** After a step: the new stage's heading takes focus, so the next Tab reaches its controls. */
  const stepTo = (next: CaseView, said: string = announcement(next, machine)): void => {
    show(next);
    panel.heading.focus();
    announce(said);
  };

  /** In place of the case: the machine and the engine disagree about `scenario`. */
  const showDisagreement = (scenario: Scenario, error: MachineDisagreement, focus: boolean): void => {
    const broken = renderDisagreement(doc, error, idPrefix, () => restartFrom(scenario));
    shown = scenario;
    setup.show(scenario);
    holder.replaceChildren(broken.element);
    if (focus) broken.heading.focus();
    announce('The simulator cannot show this case.');
    // For whoever reports it: the page says what to do instead.
    console.error('Stepladder simulator:', error);
  };

  /** Runs `work` on `scenario`; true when it did, false when a disagreement is shown instead. */
  const guarded = (scenario: Scenario, work: () => void, focus = true): boolean => {
    try {
      work();
      return true;
    } catch (error) {
      if (!(error instanceof MachineDisagreement)) throw error;
      showDisagreement(scenario, error, focus);
      return false;
    }
  };

  function choose(choice: Choice, at: string | null): void {
    try {
      stepTo(caseView(machine, withStep(view.scenario, { state: choice.state, event: choice.event, at }), index));
    } catch (error) {
      // The case before the step is still right: it stays, and the step is refused with the reason.
      if (error instanceof MachineDisagreement) panel.showStepError(STEP_DISAGREEMENT);
      else if (error instanceof SimulationError) panel.showStepError(stepErrorMessage(error, view));
      else throw error;
    }
  }

  // Fewer steps than a case the engine accepted: always accepted too.
  function undo(): void {
    const scenario = withoutLastStep(view.scenario);
    guarded(scenario, () => {
      const back = caseView(machine, scenario, index);
      stepTo(back, announcement(back, machine, 'Last step undone.'));
    });
  }

  function restartFrom(scenario: Scenario): void {
    const empty = { ...scenario, steps: [] };
    guarded(empty, () => {
      const fresh = caseView(machine, empty, index);
      stepTo(fresh, announcement(fresh, machine, 'Started again.'));
    });
  }

  function restart(): void {
    restartFrom(view.scenario);
  }

  function share(): void {
    const url = shareUrl(win.location.href, view.scenario);
    panel.showLink(url);
    const copied = win.navigator.clipboard?.writeText(url) ?? Promise.reject(new Error('no clipboard'));
    copied.then(
      () => announce('Link copied. It is also shown below.'),
      () => announce('Copy the link shown below.'),
    );
  }

  const restore = (scenario: Scenario, fallbackStart: string, focus: boolean): boolean =>
    guarded(scenario, () => {
      const settled = settleScenario(machine, scenario, fallbackStart);
      show(settled.view, settled.problems);
    }, focus);

  setup.element.addEventListener('change', () => {
    const read = setup.read();
    if ('error' in read) {
      setup.showError(read.error);
      return;
    }
    const changed: Scenario = withSetup(shown, read.setup);
    guarded(changed, () => {
      try {
        // The start on its own first: a start the engine refuses is the form's problem, not the case's.
        caseView(machine, { ...changed, startAt: null, steps: [] }, index);
      } catch (error) {
        if (!(error instanceof SimulationError)) throw error;
        setup.showError(sentenceCase(error.message));
        return;
      }
      setup.showError(null);
      const settled = settleScenario(machine, changed, changed.start);
      const notices = settled.problems.length > 0 ? ['The case details changed, so:', ...settled.problems] : [];
      show(settled.view, notices);
      announce(announcement(settled.view, machine, 'Case updated.'));
    });
  });

  const fromLink = (): boolean => {
    const fallback = roundedLondonNow(now());
    const shared = decodeScenario(win.location.hash, fallback);
    if (!shared) return false;
    root.scrollIntoView();
    if (!restore(shared, fallback, true)) return true;
    panel.heading.focus();
    announce(announcement(view, machine, 'Case opened from the link.'));
    return true;
  };

  const intro = h(doc, 'p', { class: 'sp-sim-intro' },
    'Say when the escalation was raised, then step through what happens to see who should meet whom and by when. ',
    'Dates count the bank holidays of the nation chosen; times are London time. Nothing you enter leaves this page.',
  );
  root.replaceChildren(intro, setup.element, holder, live);
  root.dataset.simulatorReady = 'true';
  // On arriving at the page, focus stays where the browser put it.
  if (!fromLink()) restore(emptyScenario(now()), roundedLondonNow(now()), false);
  win.addEventListener('hashchange', () => {
    if (isShareFragment(win.location.hash)) fromLink();
  });
}
