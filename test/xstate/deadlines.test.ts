// The XState export keeps the same deadlines as the engine: due moments on entry (working days,
// bank holidays, "a further N of step X", conditional cases), deadline timers that record a miss
// only once the due moment has passed, guards on case facts, and nested levels.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Machine } from '../../compiler/ir/types.ts';
import { MAX_TIMER_DELAY, parseDateTime, simulate, type TimelineEvent } from '../../runtime/index.ts';
import { compileGuarded, compileSeeds, type SeedId } from '../engine/fixtures.ts';
import { startActor } from './harness.ts';

let seeds: Record<SeedId, Machine>;
let guarded: Machine;
beforeAll(() => {
  seeds = compileSeeds();
  guarded = compileGuarded();
});

const at = (text: string): Date => parseDateTime(text);

/** Drives the actor through timed events and returns its due moments, as the engine's are compared. */
function driveAndCompare(machine: Machine, start: string, events: TimelineEvent[], conditions: Record<string, boolean> = {}) {
  const { actor, advanceTo } = startActor(machine, at(start), conditions);
  for (const e of events) {
    advanceTo(e.at!);
    actor.send({ type: e.event });
  }
  const context = actor.getSnapshot().context;
  const engine = simulate(machine, { start: at(start), events, conditions });
  const engineDue = Object.fromEntries(engine.steps.filter((s) => s.deadline).map((s) => [s.state.id, s.deadline!.due.getTime()]));
  return { actor, context, engineDue, engine };
}

describe('due moments', () => {
  it('match the engine for Sefton over Christmas, including "a further N of step X"', () => {
    const events: TimelineEvent[] = [
      { state: 'step1', event: 'unresolved', at: at('2026-12-24T11:00') },
      { state: 'step2', event: 'unresolved', at: at('2027-01-05T10:00') },
      { state: 'step3', event: 'unresolved', at: at('2027-01-06T16:00') },
      { state: 'step4', event: 'decided', at: at('2027-01-12T12:00') },
    ];
    const { context, engineDue, engine } = driveAndCompare(seeds.sefton, '2026-12-23T16:00', events);
    expect(context.dueAt).toEqual(engineDue);
    // Step 1 ended on Christmas Eve, so step 2 counts from day 0 Thu 24 Dec: Christmas, the weekend
    // and the Boxing Day substitute are skipped; Tue 29 (1), Wed 30 (2). It ended on 5 Jan: missed.
    expect(new Date(context.dueAt.step2!).toISOString()).toBe('2026-12-30T17:00:00.000Z');
    expect(context.missed).toEqual(engine.steps.filter((s) => s.deadline?.missed).map((s) => s.state.id));
    expect(context.missed).toEqual(['step2']);
  });

  it('pick the conditional case (24 hours) when the case fact holds', () => {
    const events: TimelineEvent[] = [
      { state: 'level1', event: 'unresolved', at: at('2026-11-25T10:00') },
      { state: 'level2', event: 'unresolved', at: at('2026-11-25T11:00') },
      { state: 'level3', event: 'unresolved', at: at('2026-11-26T12:00') },
      { state: 'stage2', event: 'unresolved', at: at('2026-11-26T13:00') },
    ];
    const { context, engineDue } = driveAndCompare(seeds.cumberland, '2026-11-25T09:00', events, { child_protection: true });
    expect(context.dueAt).toEqual(engineDue);
    expect(context.dueAt.stage3! - context.enteredAt.stage3!).toBe(24 * 3_600_000);
  });
});

describe('deadline timers', () => {
  it('record a miss only once the due moment has passed', () => {
    const { actor, advanceTo } = startActor(seeds.sefton, at('2026-01-05T10:00'));
    // Step 1 is due Wed 7 Jan 17:00.
    advanceTo(at('2026-01-07T16:59'));
    expect(actor.getSnapshot().context.missed).toEqual([]);
    advanceTo(at('2026-01-07T17:00'));
    expect(actor.getSnapshot().context.missed).toEqual(['step1']);
    actor.stop();
  });

  it('keep a deadline longer than a timer can wait (about 24.8 days), arming again until it passes', () => {
    // Sefton with Step 1 given 30 working days: from Tue 1 Dec 2026, over Christmas, due Fri 15 Jan 2027 17:00.
    const long = structuredClone(seeds.sefton);
    const step1 = long.states.find((s) => s.id === 'step1')!;
    step1.deadline = [{ ...step1.deadline[0]!, amount: 30, wording: null }];
    const start = at('2026-12-01T10:00');
    const due = simulate(long, { start }).steps.find((s) => s.state.id === 'step1')!.deadline!.due;
    expect(due.toISOString()).toBe('2027-01-15T17:00:00.000Z');
    expect(due.getTime() - start.getTime()).toBeGreaterThan(MAX_TIMER_DELAY);
    const { actor, advanceTo } = startActor(long, start);
    advanceTo(new Date(due.getTime() - 60 * 60 * 1000));
    expect(actor.getSnapshot().context.missed).toEqual([]);
    advanceTo(due);
    expect(actor.getSnapshot().context.missed).toEqual(['step1']);
    actor.stop();
  });

  it('are cancelled when the stage ends in time', () => {
    const { actor, advanceTo } = startActor(seeds.sefton, at('2026-01-05T10:00'));
    advanceTo(at('2026-01-06T10:00'));
    actor.send({ type: 'unresolved' });
    // Step 2 is due 2 working days after step 1 ended: Thu 8 Jan 17:00.
    advanceTo(at('2026-01-07T18:00'));
    expect(actor.getSnapshot().context.missed).toEqual([]);
    expect(new Date(actor.getSnapshot().context.dueAt.step2!).toISOString()).toBe('2026-01-08T17:00:00.000Z');
    actor.stop();
  });
});

describe('structure', () => {
  it('nests levels inside their stage and leaves both on an "at any stage" exit', () => {
    const { actor } = startActor(guarded, at('2026-01-05T10:00'));
    expect(actor.getSnapshot().value).toEqual({ informal: 'talk' });
    actor.send({ type: 'unresolved' });
    expect(actor.getSnapshot().value).toEqual({ informal: 'managers' });
    actor.send({ type: 'conflict' });
    expect(actor.getSnapshot().value).toBe('referred');
    expect(actor.getSnapshot().context.conditions.conflict).toBe(true);
    expect(Object.keys(actor.getSnapshot().context.exitedAt).sort()).toEqual(['informal', 'managers', 'talk']);
  });

  it('guards a route on its condition', () => {
    for (const [holds, target] of [[true, 'urgent_review'], [false, 'formal']] as const) {
      const { actor } = startActor(guarded, at('2026-01-05T10:00'), { child_protection: holds });
      actor.send({ type: 'unresolved' });
      actor.send({ type: 'unresolved' });
      expect(actor.getSnapshot().value).toBe(target);
      actor.stop();
    }
  });

  it('refuses a case fact the protocol does not have', () => {
    expect(() => startActor(seeds.cumberland, at('2026-01-05T10:00'), { child_protectoin: true })).toThrow("the protocol has no condition 'child_protectoin'");
  });

  it('ignores events with no route from the active state', () => {
    const { actor } = startActor(seeds.sefton, at('2026-01-05T10:00'));
    actor.send({ type: 'decided' });
    expect(actor.getSnapshot().value).toBe('step1');
  });
});
