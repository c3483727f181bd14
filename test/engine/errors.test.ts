// Bad input gives a SimulationError whose code and argument say what was wrong and where, with a
// message that names the stage or event and lists what would have been accepted.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Machine } from '../../compiler/ir/types.ts';
import {
  SimulationError,
  parseDateTime,
  parseEventSpec,
  simulate,
  type SimulationOptions,
  type TimelineEvent,
} from '../../runtime/index.ts';
import { compileSeeds, type SeedId } from './fixtures.ts';

let seeds: Record<SeedId, Machine>;
beforeAll(() => {
  seeds = compileSeeds();
});

const at = (text: string): Date => parseDateTime(text);
const ev = (state: string, event: string, time?: string): TimelineEvent => ({ state, event, ...(time ? { at: at(time) } : {}) });

function failure(run: () => unknown): SimulationError {
  try {
    run();
  } catch (error) {
    if (error instanceof SimulationError) return error;
    throw error;
  }
  throw new Error('expected a SimulationError');
}

const sefton = (options: Partial<SimulationOptions>) => () => simulate(seeds.sefton, { start: at('2026-01-05T10:00'), ...options });

describe('events', () => {
  it('rejects a stage the protocol does not have, listing its stages', () => {
    const error = failure(sefton({ events: [ev('step9', 'resolved')] }));
    expect(error).toMatchObject({ code: 'unknown_state', argument: 'event', eventIndex: 0, value: 'step9=resolved' });
    expect(error.message).toContain("'step1', 'step2', 'step3', 'step4'");
  });

  it('says when an event names an outcome instead of a stage', () => {
    expect(failure(sefton({ events: [ev('resolved', 'resolved')] })).message).toContain("'resolved' is an end, not a stage");
  });

  it('rejects an event the protocol does not have', () => {
    const error = failure(sefton({ events: [ev('step1', 'urgent')] }));
    expect(error).toMatchObject({ code: 'unknown_event', argument: 'event' });
    expect(error.message).toContain("its events are 'resolved', 'unresolved', 'decided'");
  });

  it('rejects an event for a stage that is not active yet', () => {
    const error = failure(sefton({ events: [ev('step1', 'unresolved'), ev('step3', 'resolved', '2026-01-09T10:00')] }));
    expect(error).toMatchObject({ code: 'inactive_state', argument: 'event', eventIndex: 1 });
    expect(error.message).toBe(
      "'step3' is not active when step3=resolved comes: the escalation is at 'step2' (Step 2 – Direct Manager to Manager Discussion); give an event for that stage first, e.g. step2=unresolved",
    );
  });

  it('rejects an event after the escalation has ended', () => {
    const error = failure(sefton({ events: [ev('step1', 'resolved', '2026-01-06T10:00'), ev('step2', 'resolved')] }));
    expect(error).toMatchObject({ code: 'inactive_state', eventIndex: 1 });
    expect(error.message).toContain("comes after the escalation ended (outcome 'resolved', Tue 6 Jan 2026 10:00)");
  });

  it('rejects an event with no route from the active stage', () => {
    const error = failure(sefton({ events: [ev('step1', 'decided')] }));
    expect(error).toMatchObject({ code: 'no_route', argument: 'event' });
    expect(error.message).toBe("'step1' has no route on 'decided'; its routes are: resolved → resolved, unresolved → step2");
  });

  it('rejects events out of time order', () => {
    const error = failure(sefton({ events: [ev('step1', 'unresolved', '2026-01-06T10:00'), ev('step2', 'resolved', '2026-01-06T09:00')] }));
    expect(error).toMatchObject({ code: 'out_of_order', argument: 'event', eventIndex: 1 });
    expect(error.message).toContain('is earlier than the event before it (Tue 6 Jan 2026 10:00)');
  });

  it('rejects an event before the start', () => {
    const error = failure(sefton({ events: [ev('step1', 'unresolved', '2026-01-05T09:00')] }));
    expect(error).toMatchObject({ code: 'out_of_order', eventIndex: 0 });
    expect(error.message).toContain('earlier than the start of the escalation');
  });

  it('rejects a timed event earlier than an untimed one taken to end at its deadline', () => {
    // step1 has no time, so it is taken to end at its deadline, Wed 7 Jan 17:00.
    const error = failure(sefton({ events: [ev('step1', 'unresolved'), ev('step2', 'resolved', '2026-01-06T12:00')] }));
    expect(error).toMatchObject({ code: 'out_of_order', eventIndex: 1 });
    expect(error.message).toContain("the deadline of 'step1', when it is taken to end because no time was given (Wed 7 Jan 2026 17:00)");
  });

  it('rejects an event time outside the supported years', () => {
    const error = failure(sefton({ events: [ev('step1', 'unresolved', '2031-01-06T10:00')] }));
    expect(error).toMatchObject({ code: 'out_of_range', argument: 'event', eventIndex: 0 });
  });
});

describe('start, conditions and calendar', () => {
  it('rejects a start outside the supported years', () => {
    const error = failure(sefton({ start: at('2031-01-06T10:00') }));
    expect(error).toMatchObject({ code: 'out_of_range', argument: 'start' });
    expect(error.message).toContain('outside 2018–2030');
  });

  it('rejects a start whose deadlines run past the supported years', () => {
    const error = failure(sefton({ start: at('2030-12-20T10:00') }));
    expect(error).toMatchObject({ code: 'out_of_range', argument: 'start' });
    expect(error.message).toContain("the deadline of 'step");
  });

  it('rejects an invalid Date', () => {
    expect(failure(sefton({ start: new Date(Number.NaN) }))).toMatchObject({ code: 'invalid_date', argument: 'start' });
  });

  it('rejects an unknown condition, listing the conditions', () => {
    const error = failure(() => simulate(seeds.cumberland, { start: at('2026-01-05T10:00'), conditions: { child_protectoin: true } }));
    expect(error).toMatchObject({ code: 'unknown_condition', argument: 'condition', value: 'child_protectoin' });
    expect(error.message).toContain("its conditions are 'child_protection'");
  });

  it('allows a discretionary start only when its condition holds', () => {
    const lscb = (conditions: Record<string, boolean>) => () =>
      simulate(seeds['generic-lscb'], { start: at('2026-01-05T10:00'), startAt: 'resolution_panel', conditions });
    const error = failure(lscb({}));
    expect(error).toMatchObject({ code: 'invalid_start', argument: 'startAt' });
    expect(error.message).toContain("only when 'imminent_risk' holds");
    expect(() => lscb({ imminent_risk: true })()).not.toThrow();
    expect(failure(sefton({ startAt: 'step3' })).message).toContain("the protocol starts at 'step1' and allows no discretionary start there");
  });

  it('rejects a closure day that is not a date', () => {
    expect(failure(sefton({ closureDays: ['2026-02-30'] }))).toMatchObject({ code: 'invalid_calendar', argument: 'calendar' });
  });

  it('stops a protocol whose routes loop with no way out', () => {
    const looping: Machine = structuredClone(seeds.sefton);
    looping.transitions = looping.transitions.map((t) => (t.id === 'step2.unresolved' ? { ...t, target: 'step1' } : t));
    looping.transitions = looping.transitions.filter((t) => t.event !== 'resolved');
    const error = failure(() => simulate(looping, { start: at('2026-01-05T10:00') }));
    expect(error).toMatchObject({ code: 'too_many_steps', argument: 'protocol' });
  });
});

describe('parsing', () => {
  it.each([
    ['2026-01-05T10:00', '2026-01-05T10:00:00.000Z'],
    ['2026-07-01T10:00', '2026-07-01T09:00:00.000Z'],
    ['2026-07-01 10:00:30', '2026-07-01T09:00:30.000Z'],
    ['2026-07-01T10:00Z', '2026-07-01T10:00:00.000Z'],
    ['2026-07-01T10:00+02:00', '2026-07-01T08:00:00.000Z'],
  ])('reads %s as London time unless a zone is given', (text, iso) => {
    expect(parseDateTime(text).toISOString()).toBe(iso);
  });

  it.each([
    ['2026-01-05', 'give a time of day as well, e.g. 2026-01-05T09:00'],
    ['2026-02-30T10:00', '2026-02-30 is not a real day'],
    ['2026-01-05T25:00', '25:00 is not a time of day'],
    ['next tuesday', 'use the form YYYY-MM-DDTHH:MM'],
  ])('rejects %s', (text, message) => {
    let error: unknown;
    try {
      parseDateTime(text, 'event');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SimulationError);
    expect(error).toMatchObject({ code: 'invalid_date', argument: 'event' });
    expect((error as Error).message).toContain(message);
  });

  it('reads events with and without a time', () => {
    expect(parseEventSpec('step2=resolved')).toEqual({ state: 'step2', event: 'resolved' });
    expect(parseEventSpec('step2=resolved@2026-01-09T10:00').at?.toISOString()).toBe('2026-01-09T10:00:00.000Z');
    expect(() => parseEventSpec('step2', 3)).toThrow(expect.objectContaining({ code: 'invalid_event', eventIndex: 3 }));
    expect(() => parseEventSpec('step2=resolved@soon', 1)).toThrow(expect.objectContaining({ code: 'invalid_date', argument: 'event', value: 'step2=resolved@soon' }));
  });
});
