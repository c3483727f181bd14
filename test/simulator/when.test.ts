// Simulator timing: dates typed the British way and said back in words, the conditions offered as
// checkboxes (only those that change something), and the "if it is not resolved" summary, which
// gives no date when a stage still to come has no timescale.
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../compiler/index.ts';
import type { Machine } from '../../compiler/ir/types.ts';
import { caseView } from '../../site/src/simulator/case-view.ts';
import { enGbDate, inWords, parseEnGbDate, parseTime } from '../../site/src/simulator/date-time-field.ts';
import { worstCaseText } from '../../site/src/simulator/render-case.ts';
import { guardConditions } from '../../site/src/simulator/render-setup.ts';
import { emptyScenario } from '../../site/src/simulator/scenario.ts';
import { compileProtocol, protocolFiles } from '../helpers/protocols.ts';

function protocol(stages: string, extra = ''): Machine {
  const source = `protocol sample {
  title "Sample"
  partnership "Sample Partnership"
  nation england
  version "1" effective 2026-01-01
  acknowledge no_urgent_route "The sample has none."
  source { passage p "The published text." }
  role worker "Worker"
  register file "The case file"
  record file { at every stage }
  ${extra}
  ${stages}
  outcome done "Agreed" { kind resolved }
  outcome panel "Panel decision" { kind decision }
}`;
  const { machine, diagnostics } = compileSource(source, 'sample.protocol');
  if (!machine) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return machine;
}

describe('dates typed the British way', () => {
  it('reads day/month/year and 24-hour times, and refuses what is not a date', () => {
    expect(parseEnGbDate('3/12/2026')).toBe('2026-12-03');
    expect(parseEnGbDate('03.12.2026')).toBe('2026-12-03');
    expect(parseEnGbDate('2026-12-03')).toBe('2026-12-03');
    // Month/day/year (as a US-English browser shows dates) is not silently read as another day.
    expect(parseEnGbDate('12/31/2026')).toBeNull();
    expect(parseEnGbDate('31/02/2026')).toBeNull();
    expect(parseTime('9:05')).toBe('09:05');
    expect(parseTime('1700')).toBe('17:00');
    expect(parseTime('24:00')).toBeNull();
    expect(enGbDate('2026-12-03')).toBe('03/12/2026');
  });

  it('says a time back in words with its weekday', () => {
    expect(inWords('2026-12-03T17:00')).toBe('Thursday 3 December 2026, 17:00');
    expect(inWords('2027-01-03T09:05')).toBe('Sunday 3 January 2027, 09:05');
  });
});

describe('condition checkboxes', () => {
  it('offers only conditions that change a route, deadline or start', () => {
    const cumberland = compileProtocol(protocolFiles().find((f) => f.name === 'cumberland')!);
    expect(guardConditions(cumberland).map((c) => c.id)).toEqual(['child_protection']);
    // Warwickshire's "the discussions raise significant policy issues" is something that happens
    // (a button at every stage), so a checkbox for it would change nothing.
    const warwickshire = compileProtocol(protocolFiles().find((f) => f.name === 'warwickshire')!);
    expect(warwickshire.conditions.map((c) => c.id)).toContain('policy_issues');
    expect(guardConditions(warwickshire).map((c) => c.id)).not.toContain('policy_issues');
  });
});

describe('if it is not resolved from here', () => {
  const now = new Date('2026-12-18T16:40:00Z');

  it('gives the latest date when every stage to come has a timescale', () => {
    const m = protocol(`stage one "Step 1" { meets worker with counterpart deadline within 2 working days { cite p } on resolved -> done on unresolved -> two cite p }
  stage two "Step 2" { meets worker with counterpart deadline within 3 working days { cite p } on resolved -> done on unresolved -> panel cite p }`);
    const view = caseView(m, emptyScenario(now));
    expect(worstCaseText(view, view.worstCase!)).toBe('If it is not resolved at any stage from here, it ends at “Panel decision”, at the latest Tue 29 Dec 2026 17:00.'); // Christmas and Boxing Day are not working days
  });

  it('gives no date when a stage to come has no timescale', () => {
    const m = protocol(`stage one "Step 1" { meets worker with counterpart deadline within 2 working days { cite p } on resolved -> done on unresolved -> two cite p }
  stage two "Step 2" { meets worker with counterpart on resolved -> done on unresolved -> panel cite p }`, 'acknowledge missing_timescale "The sample leaves one stage untimed."');
    const view = caseView(m, emptyScenario(now));
    expect(worstCaseText(view, view.worstCase!)).toBe('If it is not resolved at any stage from here, it ends at “Panel decision”. No date can be given: Step 2 has no timescale.');
  });
});
