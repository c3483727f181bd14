// Tests that would notice a wrong deadline: each pins one behaviour a mutation of the deadline code
// (npm run mutate) changed without any other test failing. The expected values are worked out by
// hand from docs/calendar.md, not copied from the code's output.
import { describe, expect, it } from 'vitest';
import { compileSource, createCompilerTools } from '../../compiler/index.ts';
import { computeDue, countWorkingDays, createWorkingCalendar, endOfWorkingDay, isAfterHours, londonWallClock } from '../../runtime/calendar/index.ts';
import { sampleProtocol } from './sample-protocol.ts';

const england = createWorkingCalendar({ nation: 'england' });
const at = (iso: string) => new Date(iso);
const due = (anchor: string, amount: number, unit: 'working_days' | 'calendar_days' | 'hours' = 'working_days') =>
  computeDue(at(anchor), { amount, unit }, england).due.toISOString();

describe('the 17:00 cut-off', () => {
  it('counts an event at 17:00 exactly from that day, and one a second later from the next', () => {
    // Wednesday 14 January 2026, London on GMT.
    expect(isAfterHours(at('2026-01-14T17:00:00Z'))).toBe(false);
    expect(isAfterHours(at('2026-01-14T17:00:01Z'))).toBe(true);
    expect(due('2026-01-14T17:00:00Z', 1)).toBe('2026-01-15T17:00:00.000Z');
    expect(due('2026-01-14T17:00:01Z', 1)).toBe('2026-01-16T17:00:00.000Z');
  });

  it('is 17:00 London time in summer too (16:00 UTC)', () => {
    expect(endOfWorkingDay('2026-06-17').toISOString()).toBe('2026-06-17T16:00:00.000Z');
    expect(isAfterHours(at('2026-06-17T16:00:00Z'))).toBe(false);
    expect(isAfterHours(at('2026-06-17T16:00:01Z'))).toBe(true);
    expect(due('2026-06-17T16:30:00Z', 1)).toBe('2026-06-19T16:00:00.000Z');
  });

  it('moves the start of a calendar-day count after 17:00 as well', () => {
    expect(due('2026-01-14T16:59:59Z', 1, 'calendar_days')).toBe('2026-01-15T17:00:00.000Z');
    expect(due('2026-01-14T17:00:01Z', 1, 'calendar_days')).toBe('2026-01-16T17:00:00.000Z');
  });
});

describe('0 days: by the end of the working day', () => {
  it('is 17:00 the same day on a working day, and the next working day otherwise', () => {
    expect(due('2026-01-14T10:00:00Z', 0)).toBe('2026-01-14T17:00:00.000Z');
    // Saturday 17 January → Monday 19 January.
    expect(due('2026-01-17T10:00:00Z', 0)).toBe('2026-01-19T17:00:00.000Z');
    // After 17:00 on a Friday → Monday.
    expect(due('2026-01-16T18:00:00Z', 0)).toBe('2026-01-19T17:00:00.000Z');
    expect(due('2026-01-17T10:00:00Z', 0, 'calendar_days')).toBe('2026-01-17T17:00:00.000Z');
  });
});

describe('Christmas', () => {
  it('starts an event on Christmas Day after Boxing Day and the weekend, and says what it skipped', () => {
    // Thursday 25 December 2025: day 0 is Monday 29 December; one working day is Tuesday 30.
    const count = countWorkingDays(at('2025-12-25T10:00:00Z'), 1, england);
    expect(count.eventDay).toBe('2025-12-25');
    expect(count.startDay).toBe('2025-12-29');
    expect(count.dueDay).toBe('2025-12-30');
    expect(count.startMoved).toMatchObject({ afterHours: false });
    expect(count.skipped.map((s) => s.date)).toEqual(['2025-12-26']);
    expect(due('2025-12-25T10:00:00Z', 1)).toBe('2025-12-30T17:00:00.000Z');
  });

  it('skips both days when the count runs through them', () => {
    // Wednesday 24 December 2025 + 2 working days: 29, 30 December.
    const count = countWorkingDays(at('2025-12-24T10:00:00Z'), 2, england);
    expect(count.skipped.map((s) => s.date)).toEqual(['2025-12-25', '2025-12-26']);
    expect(count.dueDay).toBe('2025-12-30');
  });
});

describe('London clock changes', () => {
  it('reads the repeated autumn hour as its first occurrence (summer time)', () => {
    // 25 October 2026: 01:30 happens at 00:30 UTC (BST) and again at 01:30 UTC (GMT).
    expect(londonWallClock('2026-10-25', 1, 30).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(londonWallClock('2026-10-25', 2, 30).toISOString()).toBe('2026-10-25T02:30:00.000Z');
  });

  it('reads a time in the spring-forward gap with the offset before the change', () => {
    // 29 March 2026: 01:00 GMT becomes 02:00 BST, so 01:30 does not exist.
    expect(londonWallClock('2026-03-29', 1, 30).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(londonWallClock('2026-03-29', 0, 30).toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(londonWallClock('2026-03-29', 3, 0).toISOString()).toBe('2026-03-29T02:00:00.000Z');
  });

  it('counts hours as real elapsed time across a change, and says the clocks moved', () => {
    const back = computeDue(at('2026-10-24T23:00:00Z'), { amount: 4, unit: 'hours' }, england);
    expect(back.due.toISOString()).toBe('2026-10-25T03:00:00.000Z');
    expect(back.rule).toMatch(/went back/);
    const forward = computeDue(at('2026-03-28T23:00:00Z'), { amount: 4, unit: 'hours' }, england);
    expect(forward.due.toISOString()).toBe('2026-03-29T03:00:00.000Z');
    expect(forward.rule).toMatch(/went forward/);
    expect(computeDue(at('2026-01-14T10:00:00Z'), { amount: 4, unit: 'hours' }, england).rule).not.toMatch(/clocks/);
  });

  it('puts a working-day deadline at 17:00 local time on each side of a change', () => {
    // Friday 23 October 2026 (BST) + 1 working day = Monday 26 October (GMT).
    expect(due('2026-10-23T10:00:00Z', 1)).toBe('2026-10-26T17:00:00.000Z');
    // Friday 27 March 2026 (GMT) + 1 working day = Monday 30 March (BST).
    expect(due('2026-03-27T10:00:00Z', 1)).toBe('2026-03-30T16:00:00.000Z');
  });
});

describe('the supported range of years', () => {
  it('counts up to the last supported day and refuses to count past it', () => {
    expect(due('2030-12-30T10:00:00Z', 1)).toBe('2030-12-31T17:00:00.000Z');
    expect(() => due('2030-12-31T10:00:00Z', 1)).toThrow(expect.objectContaining({ code: 'out_of_range' }));
  });

  it('refuses an event before the first supported year', () => {
    expect(due('2018-01-02T10:00:00Z', 1)).toBe('2018-01-03T17:00:00.000Z');
    expect(() => due('2017-12-29T10:00:00Z', 1)).toThrow(expect.objectContaining({ code: 'out_of_range' }));
  });
});

describe("the analyzer's cumulative totals", () => {
  const tools = createCompilerTools();
  const protocol = (s3Total: number) =>
    sampleProtocol(`  stage s1 "One" { meets worker with counterpart  deadline within 2 working days { cite p }  on resolved -> done  on unresolved -> s2  cite p }
  stage s2 "Two" { meets worker with counterpart  deadline within 3 working days { total 5 working days cite p }  on resolved -> done  on unresolved -> s3  cite p }
  stage s3 "Three" { meets worker with counterpart  deadline within a further 1 working day of s1 { total ${s3Total} working days cite p }  on resolved -> done  on unresolved -> done  cite p }`);
  const mismatches = (total: number) => compileSource(protocol(total), 'sample.protocol', tools).diagnostics.filter((d) => d.code === 'E0301');

  it('counts "a further N days of X" from the end of X, not from entering the stage', () => {
    // s1 ends at 2; s3 is due 1 working day after s1's deadline: 3 in all (from entry it would be 6).
    expect(mismatches(3)).toEqual([]);
    expect(mismatches(6).map((d) => d.message)).toEqual(['The stated total is 6 working days, but the timescales add up to 3 working days.']);
  });
});
