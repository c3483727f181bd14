// The simulator's sentences and its small pure helpers: rounding "now" in London time, the
// announcement after each step, and how people, records, due dates and buttons are worded.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Machine } from '../../compiler/ir/types.ts';
import { caseView, currentDeadline } from '../../site/src/simulator/case-view.ts';
import { emptyScenario, roundedLondonNow, withSetup, withStep, withoutLastStep } from '../../site/src/simulator/scenario.ts';
import { announcement, choiceText, dueDetails, exitText, meetingText, peopleLines, recordText, sentenceCase } from '../../site/src/simulator/wording.ts';
import { compileProtocol, protocolFiles } from '../helpers/protocols.ts';
import { START } from './routes.ts';

let sefton: Machine;
let cumberland: Machine;
let lincolnshire: Machine;
beforeAll(() => {
  const files = protocolFiles();
  const get = (name: string) => compileProtocol(files.find((f) => f.name === name)!);
  sefton = get('sefton');
  cumberland = get('cumberland');
  lincolnshire = get('lincolnshire');
});

describe('scenario helpers', () => {
  it('rounds now down to the quarter hour on the London clock, in winter and summer', () => {
    expect(roundedLondonNow(new Date('2026-12-18T16:44:59Z'))).toBe('2026-12-18T16:30');
    expect(roundedLondonNow(new Date('2026-07-01T08:07:00Z'))).toBe('2026-07-01T09:00');
    expect(roundedLondonNow(new Date('2026-03-28T23:59:00Z'))).toBe('2026-03-28T23:45');
    expect(emptyScenario(new Date('2026-12-18T16:44:00Z'))).toEqual({ start: '2026-12-18T16:30', nation: null, conditions: [], startAt: null, steps: [] });
  });

  it('keeps conditions sorted and unique, and adds and removes steps', () => {
    const s = withSetup(emptyScenario(new Date('2026-12-18T16:44:00Z')), { conditions: ['b', 'a', 'b'] });
    expect(s.conditions).toEqual(['a', 'b']);
    const stepped = withStep(s, { state: 'x', event: 'y', at: null });
    expect(stepped.steps).toHaveLength(1);
    expect(withoutLastStep(stepped)).toEqual(s);
  });
});

describe('sentences', () => {
  it('says who meets whom at the current stage', () => {
    const view = caseView(sefton, { start: START, nation: null, conditions: [], startAt: null, steps: [] });
    expect(peopleLines(view.current[0]!)).toEqual(['Frontline professional meets their counterpart in the other agency']);
    expect(meetingText({ role: { id: 'a', title: 'Manager' }, with: { id: 'b', title: 'Lead' }, counterpart: false })).toBe('Manager meets Lead');
    expect(meetingText({ role: { id: 'a', title: 'Manager' }, with: { id: 'b', title: 'Lead' }, counterpart: true })).toBe('Manager meets Lead (their counterpart in the other agency)');
  });

  it('says what to record and by whom', () => {
    const step2 = caseView(sefton, { start: START, nation: null, conditions: [], startAt: null, steps: [{ state: 'step1', event: 'unresolved', at: null }] }).current[0]!;
    expect(step2.records.map(recordText)).toContain('Agency Escalation Summary Log (Appendix 1) (by Line manager or safeguarding supervisor)');
  });

  it('explains a due date: the count, the protocol’s words and the bank holidays skipped', () => {
    const steps = [{ state: 'step1', event: 'unresolved', at: null }, { state: 'step2', event: 'unresolved', at: null }];
    const view = caseView(sefton, { start: START, nation: null, conditions: [], startAt: null, steps });
    const lines = dueDetails(currentDeadline(view)!.deadline!, (c) => c);
    expect(lines[0]).toBe('A further 2 working days after “Step 2 – Direct Manager to Manager Discussion” ended.');
    expect(lines.join(' ')).toContain('Not counted: Christmas Day, Friday 25 December 2026; Boxing Day (substitute day), Monday 28 December 2026.');
  });

  it('names the condition that chose a deadline', () => {
    const steps = ['level1', 'level2', 'level3', 'stage2'].map((state) => ({ state, event: 'unresolved', at: null }));
    const view = caseView(cumberland, { start: START, nation: null, conditions: ['child_protection'], startAt: null, steps });
    const text = (id: string) => cumberland.conditions.find((c) => c.id === id)!.text;
    expect(dueDetails(currentDeadline(view)!.deadline!, text)[0]).toBe('24 hours from entering this stage, because the issue relates to child protection.');
  });

  it('words buttons, endings and the announcement', () => {
    let view = caseView(lincolnshire, { start: START, nation: null, conditions: [], startAt: null, steps: [] });
    expect(view.choices.map(choiceText)).toEqual([
      { action: 'Resolved', result: 'Ends: Resolved by a mutually agreed plan' },
      { action: 'Not resolved', result: 'Go to Step 2 – Direct Manager to Manager Discussion' },
    ]);
    expect(announcement(view, lincolnshire)).toBe('Now at Step 1 – Direct Professional to Professional Discussion, due Tue 22 Dec 2026 17:00.');
    view = caseView(lincolnshire, withStep(view.scenario, { state: 'step1', event: 'resolved', at: '2026-12-21T11:00' }));
    expect(announcement(view, lincolnshire)).toBe('Resolved, Monday 21 December 2026, 11:00. The case has ended: Resolved by a mutually agreed plan, Mon 21 Dec 2026 11:00.');
    expect(announcement(view, lincolnshire, 'Case updated.')).toMatch(/^Case updated\. The case has ended/);
    expect(exitText(lincolnshire, view.path[0]!)).toBe('Resolved, Mon 21 Dec 2026 11:00');
    expect(sentenceCase('the discussions raise significant policy issues')).toBe('The discussions raise significant policy issues');
  });
});
