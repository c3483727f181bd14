// Tests that would notice the engine picking the wrong deadline or counting from the wrong moment
// (runtime/engine/deadlines.ts): which case applies, what a count starts from, and how long after
// the start a due moment is. Dates are worked out by hand, as the comments say.
import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../compiler/ir/types.ts';
import { createWorkingCalendar } from '../../runtime/calendar/working-calendar.ts';
import { elapsedFromStart, evaluateTimescale, isCountable, resolveAnchor, selectDeadline, type AnchorTimes } from '../../runtime/engine/deadlines.ts';

const england = createWorkingCalendar({ nation: 'england' });
const at = (iso: string) => new Date(iso);

function deadline(changes: Partial<Deadline>): Deadline {
  return {
    amount: 2,
    unit: 'working_days',
    anchor: { kind: 'entry' },
    further: false,
    condition: null,
    binding: true,
    purpose: null,
    wording: null,
    assertedTotal: null,
    qualifier: null,
    citations: [],
    ...changes,
  };
}

// The escalation started on Monday 12 January 2026 at 09:00; this stage was entered on Wednesday
// 14 January at 10:00; stage s1 ended on Friday 16 January at 17:00.
const times: AnchorTimes = {
  start: at('2026-01-12T09:00:00Z'),
  enteredAt: at('2026-01-14T10:00:00Z'),
  endedAt: (state) => (state === 's1' ? at('2026-01-16T17:00:00Z') : undefined),
  titleOf: (state) => `Title of ${state}`,
  stepDue: (step) => (step === 'response' ? { at: at('2026-01-15T17:00:00Z'), title: 'Send the response' } : undefined),
};

describe('which deadline case applies', () => {
  const urgent = deadline({ amount: 1, condition: 'urgent' });
  const risk = deadline({ amount: 3, condition: 'risk' });
  const usual = deadline({ amount: 5 });

  it('is the first case whose condition holds, else the default', () => {
    expect(selectDeadline([urgent, risk, usual], {})).toBe(usual);
    expect(selectDeadline([urgent, risk, usual], { urgent: true, risk: true })).toBe(urgent);
    expect(selectDeadline([urgent, risk, usual], { urgent: false, risk: true })).toBe(risk);
  });

  it('is none when no condition holds and there is no default', () => {
    expect(selectDeadline([urgent, risk], { urgent: false })).toBeNull();
    expect(selectDeadline([], {})).toBeNull();
  });
});

describe('which timescales the calendar can count', () => {
  it('counts "immediately" and any amount, 0 included, but not a missing amount', () => {
    expect(isCountable(deadline({ unit: 'immediately', amount: null }))).toBe(true);
    expect(isCountable(deadline({ amount: 0 }))).toBe(true);
    expect(isCountable(deadline({ amount: null }))).toBe(false);
    expect(isCountable(deadline({ unit: 'hours', amount: null }))).toBe(false);
  });
});

describe('what a count starts from', () => {
  it('is entering the stage, or the start of the escalation', () => {
    expect(resolveAnchor(deadline({ anchor: { kind: 'entry' } }), times)).toEqual({ kind: 'entry', state: null, title: null, at: times.enteredAt, note: null });
    expect(resolveAnchor(deadline({ anchor: { kind: 'escalation' } }), times)).toEqual({ kind: 'escalation', state: null, title: null, at: times.start, note: null });
  });

  it('is the end of the named stage, or entering this one (saying so) when the walk did not pass it', () => {
    expect(resolveAnchor(deadline({ anchor: { kind: 'after', state: 's1' } }), times)).toEqual({
      kind: 'after', state: 's1', title: 'Title of s1', at: at('2026-01-16T17:00:00Z'), note: null,
    });
    expect(resolveAnchor(deadline({ anchor: { kind: 'after', state: 's9' } }), times)).toEqual({
      kind: 'after', state: 's9', title: 'Title of s9', at: times.enteredAt, note: "'s9' was not part of this walk, so this is counted from entering the stage",
    });
  });

  it('is an earlier step’s due moment, or entering the stage (saying so) when it has none', () => {
    expect(resolveAnchor(deadline({ anchor: { kind: 'step', step: 'response' } }), times)).toEqual({
      kind: 'step', state: 'response', title: 'Send the response', at: at('2026-01-15T17:00:00Z'), note: null,
    });
    const missing = { kind: 'step', state: 'visit', title: null, at: times.enteredAt, note: "'visit' has no due date in this case, so this is counted from the start of the stage" };
    expect(resolveAnchor(deadline({ anchor: { kind: 'step', step: 'visit' } }), times)).toEqual(missing);
    expect(resolveAnchor(deadline({ anchor: { kind: 'step', step: 'visit' } }), { ...times, stepDue: undefined })).toEqual(missing);
  });

  it('gives "a further 1 working day of s1" from the end of s1', () => {
    // s1 ended Friday 16 January 17:00; 1 working day later is Monday 19 January, 17:00 GMT.
    const result = evaluateTimescale(deadline({ amount: 1, anchor: { kind: 'after', state: 's1' }, further: true }), times, england);
    expect(result.due.toISOString()).toBe('2026-01-19T17:00:00.000Z');
    expect(result.anchor.at.toISOString()).toBe('2026-01-16T17:00:00.000Z');
    expect(result.rule).toBe('1 working day in England, counting from Friday 16 January 2026: due 17:00 on Monday 19 January 2026.');
  });
});

describe('how long after the start a due moment is', () => {
  const start = at('2026-01-14T10:00:00Z'); // Wednesday 14 January 2026, 10:00 GMT

  it('is nothing for a moment before the start, or for "immediately"', () => {
    expect(elapsedFromStart(start, at('2026-01-14T09:59:59Z'), 'hours', england)).toBeNull();
    expect(elapsedFromStart(start, start, 'immediately', england)).toBeNull();
  });

  it('counts real hours, 0 at the start itself', () => {
    expect(elapsedFromStart(start, start, 'hours', england)).toEqual({ amount: 0, unit: 'hours' });
    expect(elapsedFromStart(start, at('2026-01-14T13:30:00Z'), 'hours', england)).toEqual({ amount: 3.5, unit: 'hours' });
  });

  it('counts calendar days from day 0 to a 17:00 deadline, and nothing for another time', () => {
    // Day 0 is Wednesday 14; Friday 16 at 17:00 is 2 calendar days.
    expect(elapsedFromStart(start, at('2026-01-16T17:00:00Z'), 'calendar_days', england)).toEqual({ amount: 2, unit: 'calendar_days' });
    expect(elapsedFromStart(start, at('2026-01-16T16:59:00Z'), 'calendar_days', england)).toBeNull();
    // After 17:00 on Wednesday, day 0 is Thursday 15: Friday 16 is 1.
    expect(elapsedFromStart(at('2026-01-14T18:00:00Z'), at('2026-01-16T17:00:00Z'), 'calendar_days', england)).toEqual({ amount: 1, unit: 'calendar_days' });
    // In summer 17:00 London is 16:00 UTC: Wednesday 17 June to Saturday 20 June is 3.
    expect(elapsedFromStart(at('2026-06-17T08:00:00Z'), at('2026-06-20T16:00:00Z'), 'calendar_days', england)).toEqual({ amount: 3, unit: 'calendar_days' });
  });

  it('counts working days from day 0 to a 17:00 deadline, skipping weekends and bank holidays', () => {
    expect(elapsedFromStart(start, at('2026-01-14T17:00:00Z'), 'working_days', england)).toEqual({ amount: 0, unit: 'working_days' });
    // Wednesday 14 → Monday 19: Thursday, Friday, Monday = 3.
    expect(elapsedFromStart(start, at('2026-01-19T17:00:00Z'), 'working_days', england)).toEqual({ amount: 3, unit: 'working_days' });
    expect(elapsedFromStart(start, at('2026-01-19T16:00:00Z'), 'working_days', england)).toBeNull();
    // Thursday 24 December 2026 → Wednesday 30: Christmas Day, the weekend and Boxing Day
    // (substitute, Monday 28) are skipped, leaving Tuesday 29 and Wednesday 30.
    expect(elapsedFromStart(at('2026-12-24T10:00:00Z'), at('2026-12-30T17:00:00Z'), 'working_days', england)).toEqual({ amount: 2, unit: 'working_days' });
    // From a Saturday, day 0 is Monday 19 January: its own 17:00 is 0.
    expect(elapsedFromStart(at('2026-01-17T10:00:00Z'), at('2026-01-19T17:00:00Z'), 'working_days', england)).toEqual({ amount: 0, unit: 'working_days' });
  });
});
