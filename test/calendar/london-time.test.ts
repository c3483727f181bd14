// London wall-clock conversion across GMT/BST, independent of the machine's own time zone.

import { describe, expect, it } from 'vitest';
import { formatLondonInstant, londonDay, londonParts, londonWallClock } from '../../runtime/calendar/index.ts';

// The calendar must not depend on the process time zone. Setting TZ here makes any accidental
// use of local-time Date methods give wrong answers in this file.
process.env.TZ = 'America/New_York';

describe('londonParts', () => {
  it('reads GMT in winter and BST in summer', () => {
    expect(londonParts(new Date('2026-01-15T12:00:00Z'))).toEqual({ date: '2026-01-15', hour: 12, minute: 0, second: 0, offsetMinutes: 0 });
    expect(londonParts(new Date('2026-07-15T12:00:00Z'))).toEqual({ date: '2026-07-15', hour: 13, minute: 0, second: 0, offsetMinutes: 60 });
  });

  it('puts 23:30 UTC in summer on the next London day', () => {
    expect(londonDay(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonDay(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it('shows midnight as 00, not 24', () => {
    expect(londonParts(new Date('2026-02-01T00:00:00Z')).hour).toBe(0);
  });

  it('switches exactly at 01:00 UTC on the change days', () => {
    // 2026: BST starts Sunday 29 March, ends Sunday 25 October.
    expect(londonParts(new Date('2026-03-29T00:59:59Z')).offsetMinutes).toBe(0);
    expect(londonParts(new Date('2026-03-29T01:00:00Z'))).toMatchObject({ hour: 2, offsetMinutes: 60 });
    expect(londonParts(new Date('2026-10-25T00:59:59Z'))).toMatchObject({ hour: 1, offsetMinutes: 60 });
    expect(londonParts(new Date('2026-10-25T01:00:00Z'))).toMatchObject({ hour: 1, offsetMinutes: 0 });
  });
});

describe('londonWallClock', () => {
  it('gives 17:00 London in both seasons', () => {
    expect(londonWallClock('2026-01-15', 17).toISOString()).toBe('2026-01-15T17:00:00.000Z');
    expect(londonWallClock('2026-07-15', 17).toISOString()).toBe('2026-07-15T16:00:00.000Z');
  });

  it('gives 17:00 correctly on both clock-change days', () => {
    expect(londonWallClock('2026-03-29', 17).toISOString()).toBe('2026-03-29T16:00:00.000Z');
    expect(londonWallClock('2026-10-25', 17).toISOString()).toBe('2026-10-25T17:00:00.000Z');
  });

  it('moves a skipped time forward and picks the first of a repeated time', () => {
    // 01:30 does not exist on 29 March 2026: read as 02:30 BST.
    expect(londonWallClock('2026-03-29', 1, 30).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 01:30 happens twice on 25 October 2026: the first (BST) one.
    expect(londonWallClock('2026-10-25', 1, 30).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('formats for people', () => {
    expect(formatLondonInstant(new Date('2026-10-20T16:00:00Z'))).toBe('17:00 on Tuesday 20 October 2026');
    expect(formatLondonInstant(new Date('2026-12-20T17:00:00Z'), true)).toBe('17:00 GMT on Sunday 20 December 2026');
  });
});
