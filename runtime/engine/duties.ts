// The steps and notifications a stage, outcome or route carries, for one case: those whose
// condition holds, each with its due moment. A step counts from the moment the stage was entered
// (or the outcome reached, or the route taken), from the due moment of an earlier step of the same
// place (`of <step>`: the latest it can have happened), or from the start of the escalation.

import type { Deadline, Notification, Step } from '../../compiler/ir/types.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { evaluateTimescale, isCountable, type AnchorTimes } from './deadlines.ts';
import { bodyTitle, roleTitle, type MachineIndex } from './machine-index.ts';
import type { CaseFacts, DutiesView, Named, NotificationView, TimedStepResult } from './types.ts';

export interface DutySource {
  readonly steps?: readonly Step[] | undefined;
  readonly notifications?: readonly Notification[] | undefined;
}

const applies = (condition: string | null, facts: CaseFacts): boolean => condition === null || facts[condition] === true;

/** A role, body or agency by its title. */
function recipient(index: MachineIndex, id: string): Named {
  const agency = index.machine.agencies.find((a) => a.id === id);
  if (agency) return { id, title: agency.title };
  const title = bodyTitle(index, id);
  return { id, title: title !== id ? title : roleTitle(index, id) };
}

export function dutiesAt(
  index: MachineIndex,
  source: DutySource,
  facts: CaseFacts,
  times: Omit<AnchorTimes, 'stepDue'>,
  cal: WorkingCalendar,
): DutiesView {
  const dueOf = new Map<string, { at: Date; title: string }>();
  const all: AnchorTimes = { ...times, stepDue: (id) => dueOf.get(id) };
  const count = (d: Deadline | null) => (d && isCountable(d) ? evaluateTimescale(d, all, cal) : null);
  const notification = (n: Notification): NotificationView => ({
    notification: n,
    to: n.to.map((id) => recipient(index, id)),
    by: n.by.map((id) => ({ id, title: roleTitle(index, id) })),
    due: count(n.deadline),
  });
  const timedSteps: TimedStepResult[] = [];
  for (const step of source.steps ?? []) {
    if (!applies(step.condition, facts)) continue;
    const due = count(step.deadline);
    if (due) dueOf.set(step.id, { at: due.due, title: step.action });
    timedSteps.push({
      step,
      by: step.by.map((id) => ({ id, title: roleTitle(index, id) })),
      due,
      overdue: false,
      notifications: step.notifications.filter((n) => applies(n.condition, facts)).map(notification),
    });
  }
  return { timedSteps, notifications: (source.notifications ?? []).filter((n) => applies(n.condition, facts)).map(notification) };
}

/** Marks the steps that fell due while the stage was still open (it ended at `exitedAt`). */
export function markOverdue(duties: DutiesView, exitedAt: Date): DutiesView {
  return {
    ...duties,
    timedSteps: duties.timedSteps.map((s) => ({ ...s, overdue: s.due !== null && exitedAt.getTime() > s.due.due.getTime() })),
  };
}
