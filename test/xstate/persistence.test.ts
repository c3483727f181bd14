// Cases that survive a restart: an actor persisted mid-case and restored days later records at once
// the deadlines that passed while it was stored (their due moments kept in dueAt), fires the others
// on time, and ends with the same history as an actor that never stopped, for random event
// sequences and restore points. Events the active state cannot take are reported, not dropped.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import type { Machine } from '../../compiler/ir/types.ts';
import { createProtocolMachine, parseDateTime, restoreProtocolActor, type UnhandledEvent } from '../../runtime/index.ts';
import { compileGuarded, compileSeeds, type SeedId } from '../engine/fixtures.ts';

let seeds: Record<SeedId, Machine>;
let guarded: Machine;
beforeAll(() => {
  seeds = compileSeeds();
  guarded = compileGuarded();
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** An actor on a clock that reads `base + clock.now()`; `set(at)` moves it (firing timers on the way). */
function clockFor(base: number) {
  const clock = new SimulatedClock();
  return { clock, now: () => new Date(base + clock.now()), set: (at: number) => clock.set(at - base) };
}

function logic(machine: Machine, now: () => Date, unhandled: UnhandledEvent[] = []) {
  return createProtocolMachine(machine, { now, onUnhandledEvent: (u) => unhandled.push(u) });
}

/** What a case remembers, as stored: the state, the context and whether it has ended. */
function history(actor: { getSnapshot(): { value: unknown; context: unknown; status: string } }) {
  const { value, context, status } = actor.getSnapshot();
  return JSON.parse(JSON.stringify({ value, context, status }));
}

describe('a restored case', () => {
  it('records at once the deadline that passed while it was stored, with its due moment', () => {
    const start = parseDateTime('2026-12-18T16:30').getTime(); // Friday afternoon
    const a = clockFor(start);
    const actor = createActor(logic(seeds.sefton, a.now), { clock: a.clock });
    actor.start();
    const due = actor.getSnapshot().context.dueAt.step1!;
    const saved = JSON.stringify(actor.getPersistedSnapshot());
    actor.stop();

    // Reloaded on a Monday three weeks later: step 1 (2 working days) was due on Tuesday 22 Dec.
    const monday = parseDateTime('2027-01-11T09:00').getTime();
    const b = clockFor(monday);
    const restored = restoreProtocolActor(logic(seeds.sefton, b.now), JSON.parse(saved), { clock: b.clock });
    expect(restored.getSnapshot().context.missed).toEqual(['step1']);
    expect(restored.getSnapshot().context.dueAt.step1).toBe(due);
    expect(new Date(due).toISOString()).toBe('2026-12-22T17:00:00.000Z');
  });

  it('fires a deadline still ahead on time, not early and not never', () => {
    const start = parseDateTime('2026-12-18T16:30').getTime();
    const a = clockFor(start);
    const actor = createActor(logic(seeds.sefton, a.now), { clock: a.clock });
    actor.start();
    const due = actor.getSnapshot().context.dueAt.step1!;
    const saved = JSON.stringify(actor.getPersistedSnapshot());
    actor.stop();

    const b = clockFor(start + HOUR);
    const restored = restoreProtocolActor(logic(seeds.sefton, b.now), JSON.parse(saved), { clock: b.clock });
    b.set(due - 1);
    expect(restored.getSnapshot().context.missed).toEqual([]);
    b.set(due);
    expect(restored.getSnapshot().context.missed).toEqual(['step1']);
  });

  it('has the same history as a case that never stopped (random events and restore points)', () => {
    const cases = [
      ['sefton', () => seeds.sefton],
      ['cumberland', () => seeds.cumberland],
      ['guarded', () => guarded],
    ] as const;
    const base = parseDateTime('2026-11-02T09:00').getTime();
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.array(fc.record({ gap: fc.integer({ min: 0, max: 12 * DAY }), event: fc.nat() }), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (picked, steps, restoreAfterRaw, offlineShare) => {
          const machine = picked[1]();
          const eventIds = machine.events.map((e) => e.id);
          let at = base;
          const timeline = steps.map((s) => ({ at: (at += s.gap), type: eventIds[s.event % eventIds.length]! }));
          const restoreAfter = restoreAfterRaw % timeline.length;

          // Never stopped.
          const a = clockFor(base);
          const steady = createActor(logic(machine, a.now), { clock: a.clock });
          steady.start();
          // Stopped after event `restoreAfter`, restored some time before the next one.
          const b = clockFor(base);
          let current = createActor(logic(machine, b.now), { clock: b.clock });
          current.start();

          timeline.forEach((e, i) => {
            a.set(e.at);
            b.set(e.at);
            // An ended case takes no more events (XState would warn about each).
            if (steady.getSnapshot().status === 'active') steady.send({ type: e.type });
            if (current.getSnapshot().status === 'active') current.send({ type: e.type });
            if (i === restoreAfter) {
              const saved = JSON.stringify(current.getPersistedSnapshot());
              current.stop();
              const next = timeline[i + 1]?.at ?? e.at + 40 * DAY;
              const back = Math.floor(e.at + (next - e.at) * offlineShare);
              const c = clockFor(back);
              current = restoreProtocolActor(logic(machine, c.now), JSON.parse(saved), { clock: c.clock });
              b.set = c.set;
              a.set(back); // compared at the same moment
            }
            expect(history(current)).toEqual(history(steady));
          });
          // Long after the last event, every pending deadline has fired in both.
          const end = timeline.at(-1)!.at + 60 * DAY;
          a.set(end);
          b.set(end);
          expect(history(current)).toEqual(history(steady));
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 100) },
    );
  });
});

describe('an event the current state cannot take', () => {
  it('is reported with the reason, not silently ignored', () => {
    const a = clockFor(parseDateTime('2026-12-01T10:00').getTime());
    const unhandled: UnhandledEvent[] = [];
    const actor = createActor(logic(seeds.sefton, a.now, unhandled), { clock: a.clock });
    actor.start();
    actor.send({ type: 'unresolvd' });
    actor.send({ type: 'decided' });
    expect(unhandled.map((u) => [u.event.type, u.reason, u.states])).toEqual([
      ['unresolvd', 'unknown', ['step1']],
      ['decided', 'no_route', ['step1']],
    ]);
    expect(unhandled[0]!.message).toMatch(/the protocol has no event 'unresolvd'.*its events are .*'unresolved'/);
    expect(unhandled[1]!.message).toMatch(/'decided' has no route from 'step1'.*from here it takes .*'unresolved'/);
    expect(actor.getSnapshot().value).toBe('step1');
    actor.send({ type: 'unresolved' });
    expect(actor.getSnapshot().value).toBe('step2');
    expect(unhandled).toHaveLength(2);
  });
});
