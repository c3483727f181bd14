// Properties over any start time, nation and protocol: working-day due dates land at 17:00 on a
// working day, and the worst case reproduces every total the protocol states (`state.cumulative`).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NATIONS, londonDay, londonParts, protocolCalendar, simulate, enumeratePaths } from '../../runtime/index.ts';
import { compileGuarded, compileSeeds } from './fixtures.ts';

const machines = Object.entries({ ...compileSeeds(), guarded: compileGuarded() });
const start = fc.date({ min: new Date('2018-01-01T00:00:00Z'), max: new Date('2030-06-30T00:00:00Z'), noInvalidDate: true });
const nation = fc.constantFrom(...NATIONS);

describe('simulated deadlines', () => {
  it('in working days fall at 17:00 on a working day of the nation (never a weekend or bank holiday)', () => {
    fc.assert(
      fc.property(start, nation, fc.constantFrom(...machines), (t0, n, [, machine]) => {
        const sim = simulate(machine, { start: t0, nation: n, conditions: {} });
        const cal = protocolCalendar(machine, { nation: n });
        for (const step of sim.steps) {
          for (const d of [step.deadline, ...step.timescales]) {
            if (!d || d.spec.unit !== 'working_days') continue;
            expect(cal.nonWorkingReason(londonDay(d.due))).toBeNull();
            expect(londonParts(d.due)).toMatchObject({ hour: 17, minute: 0 });
            expect(d.due.getTime()).toBeGreaterThanOrEqual(d.anchor.at.getTime());
          }
        }
      }),
    );
  });

  it('follow real event times: a due date is never before its anchor and never on a closed day', () => {
    const gaps = fc.array(fc.integer({ min: 0, max: 5 * 24 * 60 }), { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(start, nation, gaps, (t0, n, minutes) => {
        const [path] = enumeratePaths(machines.find(([id]) => id === 'sefton')![1]).slice(-1);
        let time = t0.getTime();
        const events = path!.steps.map((s, i) => ({ state: s.state, event: s.event, at: new Date((time += minutes[i]! * 60_000)) }));
        const machine = machines.find(([id]) => id === 'sefton')![1];
        const sim = simulate(machine, { start: t0, nation: n, events });
        const cal = protocolCalendar(machine, { nation: n });
        for (const step of sim.steps) {
          const d = step.deadline!;
          expect(cal.nonWorkingReason(londonDay(d.due))).toBeNull();
          expect(d.due.getTime()).toBeGreaterThanOrEqual(d.anchor.at.getTime());
          expect(d.missed).toBe(step.exitedAt!.getTime() > d.due.getTime());
        }
      }),
    );
  });
});

describe('worst-case totals', () => {
  it('equal the protocol’s cumulative totals wherever they are set, on every path, in every nation', () => {
    fc.assert(
      fc.property(start, nation, fc.constantFrom(...machines), (t0, n, [, machine]) => {
        for (const path of enumeratePaths(machine)) {
          const sim = simulate(machine, {
            start: t0,
            nation: n,
            startAt: path.start,
            conditions: path.conditions,
            events: path.steps.map((s) => ({ state: s.state, event: s.event })),
          });
          for (const step of sim.steps) {
            // Only where the walk reached the stage the way the total assumes (from the usual start).
            if (step.cumulative === null || path.start !== machine.initial) continue;
            expect(step.total, `${machine.id} ${step.state.id}`).toEqual(step.cumulative);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
