// Share links: a case survives the trip through the URL exactly, and a hostile or mangled link
// never throws and never yields anything but well-formed ids and times.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../site/src/simulator/scenario.ts';
import { decodeScenario, encodeScenario, isShareFragment, MAX_SHARED_STEPS, shareUrl } from '../../site/src/simulator/share-link.ts';

const FALLBACK = '2026-01-05T09:00';
const RUNS = Number(process.env.FUZZ_RUNS ?? 500);
const ID = /^[\p{L}_][\p{L}\p{N}_-]*$/u;
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

const sample: Scenario = {
  start: '2026-12-18T16:30',
  nation: 'northern-ireland',
  conditions: ['child_protection', 'imminent_risk'],
  startAt: 'resolution_panel',
  steps: [
    { state: 'level1', event: 'unresolved', at: null },
    { state: 'level2', event: 'resolved', at: '2026-12-22T10:05' },
  ],
};

const id = fc
  .tuple(fc.constantFrom('a', 'Z', '_', 'é', 'ß', 'Ω', '中'), fc.array(fc.constantFrom('a', '0', '9', '_', '-', 'é', 'ñ', '日'), { maxLength: 12 }))
  .map(([first, rest]) => first + rest.join(''));
const time = fc
  .date({ min: new Date('2018-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 16));
const scenarios: fc.Arbitrary<Scenario> = fc.record({
  start: time,
  nation: fc.constantFrom(null, 'england', 'wales', 'scotland', 'northern-ireland' as const),
  conditions: fc.uniqueArray(id, { maxLength: 4 }).map((c) => [...c].sort()),
  startAt: fc.option(id, { nil: null }),
  steps: fc.array(fc.record({ state: id, event: id, at: fc.option(time, { nil: null }) }), { maxLength: 8 }),
});

describe('encode and decode', () => {
  it('writes a short, readable fragment', () => {
    expect(encodeScenario(sample)).toBe(
      '#simulator?v=1&start=2026-12-18T16:30&nation=northern-ireland&if=child_protection,imminent_risk&from=resolution_panel' +
        '&steps=level1.unresolved,level2.resolved@2026-12-22T10:05',
    );
    expect(encodeScenario({ start: '2026-12-18T16:30', nation: null, conditions: [], startAt: null, steps: [] })).toBe('#simulator?v=1&start=2026-12-18T16:30');
  });

  it('round-trips any well-formed case, Unicode ids included', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        expect(decodeScenario(encodeScenario(s), FALLBACK)).toEqual(s);
      }),
      { numRuns: RUNS },
    );
  });

  it('puts the case in the fragment of the page address, replacing any fragment there', () => {
    expect(shareUrl('https://example.org/protocols/sefton/#simulator', sample)).toBe(`https://example.org/protocols/sefton/${encodeScenario(sample)}`);
    expect(shareUrl('https://example.org/protocols/sefton/?a=1', sample)).toBe(`https://example.org/protocols/sefton/?a=1${encodeScenario(sample)}`);
  });
});

describe('hostile links', () => {
  it('ignores fragments that are not simulator links, or of another version', () => {
    for (const fragment of ['', '#', '#simulator', '#stages', '#simulator?v=2&start=2026-01-01T10:00', '#simulator?start=2026-01-01T10:00']) {
      expect(decodeScenario(fragment, FALLBACK), fragment).toBeNull();
    }
    expect(isShareFragment('#simulator?v=1')).toBe(true);
    expect(decodeScenario(`#simulator?v=1&start=${'9'.repeat(9000)}`, FALLBACK)).toBeNull();
  });

  it('drops markup, script URLs, bad escapes and odd values', () => {
    const fragment =
      '#simulator?v=1&start=<script>alert(1)</script>&nation=atlantis&if=%3Cimg%20src%3Dx%3E,ok,%E0%A4%A,__proto__' +
      '&from=javascript:alert(1)&steps=step1.unresolved,step2.<b>,step3.resolved';
    expect(decodeScenario(fragment, FALLBACK)).toEqual({
      start: FALLBACK,
      nation: null,
      conditions: ['__proto__', 'ok'],
      startAt: null,
      steps: [{ state: 'step1', event: 'unresolved' , at: null }],
    });
  });

  it('takes the first of a repeated key, and refuses a malformed time on a step', () => {
    const s = decodeScenario('#simulator?v=1&start=2026-01-01T10:00&start=2027-01-01T10:00&steps=a.b@2026-01-01T10:00:00,c.d', FALLBACK);
    expect(s?.start).toBe('2026-01-01T10:00');
    expect(s?.steps).toEqual([]);
  });

  it(`keeps at most ${MAX_SHARED_STEPS} steps`, () => {
    const steps = Array.from({ length: MAX_SHARED_STEPS + 20 }, () => 'a.b').join(',');
    expect(decodeScenario(`#simulator?v=1&start=2026-01-01T10:00&steps=${steps}`, FALLBACK)?.steps).toHaveLength(MAX_SHARED_STEPS);
  });

  it('never throws on any text, and yields only well-formed values', () => {
    const parts = fc.array(
      fc.oneof(fc.string(), fc.constantFrom('v=1', 'start=2026-01-01T10:00', '&', '=', ',', '.', '@', '%', '%ZZ', '%E0', 'steps=', 'if=', 'from=', 'nation=wales')),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(parts, (p) => {
        const s = decodeScenario(`#simulator?v=1&${p.join('')}`, FALLBACK);
        expect(s).not.toBeNull();
        expect(s!.start).toMatch(TIME);
        for (const c of s!.conditions) expect(c).toMatch(ID);
        if (s!.startAt !== null) expect(s!.startAt).toMatch(ID);
        for (const step of s!.steps) {
          expect(step.state).toMatch(ID);
          expect(step.event).toMatch(ID);
          if (step.at !== null) expect(step.at).toMatch(TIME);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
