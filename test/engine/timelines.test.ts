// Hand-counted timelines for every protocol. Each expected date was worked out on a calendar by
// hand (the comments show the counting) before the engine was run, so the engine is checked
// against people's reading of the protocol, not against itself.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Machine } from '../../compiler/ir/types.ts';
import { formatLondonShort, parseDateTime, simulate, type Simulation, type SimulationOptions, type TimelineEvent } from '../../runtime/index.ts';
import { compileGuarded, compileSeeds, type SeedId } from './fixtures.ts';

let seeds: Record<SeedId, Machine>;
let guarded: Machine;
beforeAll(() => {
  seeds = compileSeeds();
  guarded = compileGuarded();
});

const at = (text: string): Date => parseDateTime(text);
const ev = (state: string, event: string, time?: string): TimelineEvent => ({ state, event, ...(time ? { at: at(time) } : {}) });

/** One row per state entered: id, entered, due, ended, how it ended, missed. */
function rows(sim: Simulation): string[] {
  return sim.steps.map((s) => {
    const due = s.deadline ? formatLondonShort(s.deadline.due) : '-';
    const ended = s.exitedAt ? formatLondonShort(s.exitedAt) : 'open';
    return `${s.state.id} | ${formatLondonShort(s.enteredAt)} | due ${due} | ended ${ended} ${s.exit?.event ?? ''}/${s.exit?.timing ?? ''}${s.deadline?.missed ? ' | MISSED' : ''}`;
  });
}

function run(machine: Machine, options: Omit<SimulationOptions, 'start'> & { start: string }): Simulation {
  return simulate(machine, { ...options, start: at(options.start) });
}

describe('sefton', () => {
  it('reproduces the stated totals (2, 4, 6, 11 working days) on the default path', () => {
    // Day 0 is Mon 5 Jan. Step 1: +2 → Wed 7. Step 2: a further 2 → Thu 8, Fri 9. Step 3: Mon 12,
    // Tue 13. Step 4: a further 5 → 14, 15, 16, 19, Tue 20 Jan.
    const sim = run(seeds.sefton, { start: '2026-01-05T10:00' });
    expect(rows(sim)).toEqual([
      'step1 | Mon 5 Jan 2026 10:00 | due Wed 7 Jan 2026 17:00 | ended Wed 7 Jan 2026 17:00 unresolved/deadline',
      'step2 | Wed 7 Jan 2026 17:00 | due Fri 9 Jan 2026 17:00 | ended Fri 9 Jan 2026 17:00 unresolved/deadline',
      'step3 | Fri 9 Jan 2026 17:00 | due Tue 13 Jan 2026 17:00 | ended Tue 13 Jan 2026 17:00 unresolved/deadline',
      'step4 | Tue 13 Jan 2026 17:00 | due Tue 20 Jan 2026 17:00 | ended Tue 20 Jan 2026 17:00 decided/deadline',
    ]);
    expect(sim.steps.map((s) => [s.total?.amount, s.cumulative?.amount])).toEqual([[2, 2], [4, 4], [6, 6], [11, 11]]);
    expect(sim.end).toMatchObject({ kind: 'outcome', id: 'binding_decision', binding: true, body: { id: 'chaired_meeting' } });
    expect(formatLondonShort(sim.end!.at)).toBe('Tue 20 Jan 2026 17:00');
  });

  it('says who meets whom and what each stage records', () => {
    const sim = run(seeds.sefton, { start: '2026-01-05T10:00' });
    expect(sim.steps[0]!.meetings).toEqual([{ role: { id: 'professional', title: 'Frontline professional' }, with: null, counterpart: true }]);
    expect(sim.steps[1]!.records.map((r) => [r.title, r.by.map((b) => b.title)])).toEqual([
      ['Single agency record', []],
      ['Agency Escalation Summary Log', ['Line manager or safeguarding supervisor']],
    ]);
    expect(sim.steps[3]!.convenes).toEqual([{ id: 'chaired_meeting', title: 'SSCP Independently Chaired Meeting' }]);
    expect(sim.steps[3]!.records[1]).toMatchObject({ title: 'Report to SSCP', appendix: 'Appendix 2', what: 'the outcome of the meeting' });
  });

  it('crosses Christmas and New Year 2026/27', () => {
    // Day 0 Wed 23 Dec. Step 1: Thu 24 (1); Fri 25 Christmas, weekend, Mon 28 Boxing Day
    // (substitute); Tue 29 (2). Step 2: Wed 30, Thu 31. Step 3: Fri 1 Jan is New Year's Day,
    // weekend; Mon 4, Tue 5. Step 4: 6, 7, 8, 11, Tue 12 Jan 2027.
    const sim = run(seeds.sefton, { start: '2026-12-23T16:00' });
    expect(sim.steps.map((s) => formatLondonShort(s.deadline!.due))).toEqual([
      'Tue 29 Dec 2026 17:00',
      'Thu 31 Dec 2026 17:00',
      'Tue 5 Jan 2027 17:00',
      'Tue 12 Jan 2027 17:00',
    ]);
    expect(sim.steps[0]!.deadline!.rule).toContain('Not counted: Christmas Day, Friday 25 December 2026; Boxing Day (substitute day), Monday 28 December 2026.');
  });

  it('crosses Christmas with partnership closure days on 29-31 December', () => {
    // Step 1: Thu 24 (1), then nothing until Mon 4 Jan (2). Step 2: Tue 5, Wed 6. Step 3: Thu 7,
    // Fri 8. Step 4: 11, 12, 13, 14, Fri 15 Jan 2027. The totals stay 2, 4, 6, 11 working days.
    const sim = run(seeds.sefton, { start: '2026-12-23T16:00', closureDays: ['2026-12-29', '2026-12-30', { date: '2026-12-31', name: 'Partnership closure' }] });
    expect(sim.steps.map((s) => formatLondonShort(s.deadline!.due))).toEqual([
      'Mon 4 Jan 2027 17:00',
      'Wed 6 Jan 2027 17:00',
      'Fri 8 Jan 2027 17:00',
      'Fri 15 Jan 2027 17:00',
    ]);
    expect(sim.steps.map((s) => s.total?.amount)).toEqual([2, 4, 6, 11]);
    expect(sim.calendar.description).toBe('England plus 3 local closure days');
  });

  it('in Scotland, over New Year 2025/26', () => {
    // Day 0 Wed 31 Dec. 1 and 2 January are both bank holidays in Scotland, then the weekend:
    // Mon 5 (1), Tue 6 (2). In England Fri 2 Jan is a working day, so step 1 is due Mon 5 Jan.
    const scotland = run(seeds.sefton, { start: '2025-12-31T10:00', nation: 'scotland' });
    expect(scotland.calendar.nation).toBe('scotland');
    expect(scotland.steps.map((s) => formatLondonShort(s.deadline!.due))).toEqual([
      'Tue 6 Jan 2026 17:00',
      'Thu 8 Jan 2026 17:00',
      'Mon 12 Jan 2026 17:00',
      'Mon 19 Jan 2026 17:00',
    ]);
    const england = run(seeds.sefton, { start: '2025-12-31T10:00' });
    expect(formatLondonShort(england.steps[0]!.deadline!.due)).toBe('Mon 5 Jan 2026 17:00');
  });

  it('counts from when a stage really ended, and marks missed deadlines (4pm on a Friday)', () => {
    // Raised Fri 16 Oct 16:30: day 0 is that Friday, so step 1 is due Tue 20 Oct. It ends late, on
    // Wed 21 09:00; step 2 is "a further 2 working days of step 1": Thu 22, Fri 23 Oct.
    const sim = run(seeds.sefton, {
      start: '2026-10-16T16:30',
      events: [ev('step1', 'unresolved', '2026-10-21T09:00'), ev('step2', 'resolved', '2026-10-23T12:00')],
    });
    expect(rows(sim)).toEqual([
      'step1 | Fri 16 Oct 2026 16:30 | due Tue 20 Oct 2026 17:00 | ended Wed 21 Oct 2026 09:00 unresolved/given | MISSED',
      'step2 | Wed 21 Oct 2026 09:00 | due Fri 23 Oct 2026 17:00 | ended Fri 23 Oct 2026 12:00 resolved/given',
    ]);
    // Five working days after the start, where the protocol says four: the late step 1 shows.
    expect(sim.steps[1]!.total).toEqual({ amount: 5, unit: 'working_days' });
    expect(sim.end).toMatchObject({ kind: 'outcome', id: 'resolved' });
  });
});

describe('lincolnshire', () => {
  it('reproduces its computed totals (2, 7, 9) and takes the urgent branch by default', () => {
    // Step 2 is "within 5 working days of step 1": Thu 8 … Wed 14. Step 3 (2 from entry): Thu 15,
    // Fri 16. Step 4 urgent: 24 hours of real time after step 3 ended: Sat 17 Jan 17:00.
    const sim = run(seeds.lincolnshire, { start: '2026-01-05T10:00' });
    expect(sim.steps.map((s) => [s.state.id, formatLondonShort(s.deadline!.due), s.total?.amount ?? null])).toEqual([
      ['step1', 'Wed 7 Jan 2026 17:00', 2],
      ['step2', 'Wed 14 Jan 2026 17:00', 7],
      ['step3', 'Fri 16 Jan 2026 17:00', 9],
      ['step4_urgent', 'Sat 17 Jan 2026 17:00', null],
    ]);
    expect(sim.end?.id).toBe('resolved_at_meeting');
  });

  it('runs across the October clock change with real event times', () => {
    // Step 1 ends Mon 19 Oct; step 2 is due 5 working days after: 20, 21, 22, 23, Mon 26 Oct (GMT
    // from Sun 25). It ends Tue 27 09:00: missed. Step 3 counts 2 from entry: Wed 28, Thu 29.
    // Step 4 urgent: 24 hours after step 3 ended Thu 29 12:00 → Fri 30 Oct 12:00.
    const sim = run(seeds.lincolnshire, {
      start: '2026-10-16T16:30',
      events: [ev('step1', 'unresolved', '2026-10-19T11:00'), ev('step2', 'unresolved', '2026-10-27T09:00'), ev('step3', 'urgent', '2026-10-29T12:00')],
    });
    expect(rows(sim)).toEqual([
      'step1 | Fri 16 Oct 2026 16:30 | due Tue 20 Oct 2026 17:00 | ended Mon 19 Oct 2026 11:00 unresolved/given',
      'step2 | Mon 19 Oct 2026 11:00 | due Mon 26 Oct 2026 17:00 | ended Tue 27 Oct 2026 09:00 unresolved/given | MISSED',
      'step3 | Tue 27 Oct 2026 09:00 | due Thu 29 Oct 2026 17:00 | ended Thu 29 Oct 2026 12:00 urgent/given',
      'step4_urgent | Thu 29 Oct 2026 12:00 | due Fri 30 Oct 2026 12:00 | ended Fri 30 Oct 2026 12:00 resolved/deadline',
    ]);
    expect(sim.steps[3]!.timescales.map((t) => [t.spec.purpose, formatLondonShort(t.due)])).toEqual([['The meeting should take place', 'Thu 29 Oct 2026 12:00']]);
  });
});

describe('cumberland', () => {
  const events = [
    ev('level1', 'unresolved', '2026-11-25T14:00'),
    ev('level2', 'unresolved', '2026-11-26T10:00'),
    ev('level3', 'unresolved', '2026-11-26T15:00'),
    ev('stage2', 'unresolved', '2026-11-27T16:00'),
  ];

  it('enters Stage One through its first level and leaves it with its last level', () => {
    const sim = run(seeds.cumberland, { start: '2026-11-25T10:00', events });
    expect(sim.steps.map((s) => `${s.state.id}<${s.state.parent ?? ''}>`)).toEqual(['stage1<>', 'level1<stage1>', 'level2<stage1>', 'level3<stage1>', 'stage2<>', 'stage3<>']);
    expect(formatLondonShort(sim.steps[0]!.exitedAt!)).toBe('Thu 26 Nov 2026 15:00');
    expect(sim.steps[0]!.exit?.transition.id).toBe('level3.unresolved');
  });

  it('in Scotland, skips St Andrew’s Day for the 7-working-day Stage Three', () => {
    // Stage 3 entered Fri 27 Nov 16:00. Scotland: Mon 30 Nov is St Andrew's Day; Tue 1 Dec (1), 2, 3,
    // 4, Mon 7, Tue 8, Wed 9 Dec (7). England counts Mon 30 Nov, so Tue 8 Dec.
    const scotland = run(seeds.cumberland, { start: '2026-11-25T10:00', events, nation: 'scotland' });
    expect(formatLondonShort(scotland.steps[5]!.deadline!.due)).toBe('Wed 9 Dec 2026 17:00');
    expect(scotland.steps[5]!.deadline!.rule).toContain('St Andrew’s Day, Monday 30 November 2026');
    const england = run(seeds.cumberland, { start: '2026-11-25T10:00', events });
    expect(formatLondonShort(england.steps[5]!.deadline!.due)).toBe('Tue 8 Dec 2026 17:00');
  });

  it('uses the 24-hour case when the issue relates to child protection', () => {
    const sim = run(seeds.cumberland, { start: '2026-11-25T10:00', events, conditions: { child_protection: true } });
    const stage3 = sim.steps[5]!;
    expect(stage3.deadline?.spec).toMatchObject({ amount: 24, unit: 'hours', condition: 'child_protection' });
    expect(formatLondonShort(stage3.deadline!.due)).toBe('Sat 28 Nov 2026 16:00');
    expect(sim.conditions).toEqual({ child_protection: true });
  });

  it('lists the records at the end, with who completes them', () => {
    const sim = run(seeds.cumberland, { start: '2026-11-25T10:00', events });
    expect(sim.end?.id).toBe('final_decision');
    expect(sim.end?.records.map((r) => [r.title, r.by.map((b) => b.title)])).toEqual([
      ['CSCP record of formal use of the escalation procedure', ['CSCP Business Manager']],
    ]);
    expect(sim.steps[4]!.records.map((r) => r.by.map((b) => b.id))).toEqual([[], []]);
  });
});

describe('warwickshire', () => {
  it('takes the "at any stage" route when policy issues are raised', () => {
    // No timescales at all: each stage ends when its event says.
    const sim = run(seeds.warwickshire, {
      start: '2026-03-02T09:30',
      events: [ev('preventing', 'unresolved', '2026-03-03T11:00'), ev('stage_one', 'policy_issues', '2026-03-05T15:00')],
    });
    expect(rows(sim)).toEqual([
      'preventing | Mon 2 Mar 2026 09:30 | due - | ended Tue 3 Mar 2026 11:00 unresolved/given',
      'stage_one | Tue 3 Mar 2026 11:00 | due - | ended Thu 5 Mar 2026 15:00 policy_issues/given',
      'stage_three | Thu 5 Mar 2026 15:00 | due - | ended Thu 5 Mar 2026 15:00 resolved/immediate',
    ]);
    expect(sim.steps.map((s) => s.records.map((r) => r.record))).toEqual([['agency_record'], ['monitoring_form'], ['monitoring_form']]);
    expect(sim.end?.id).toBe('agreed');
  });
});

describe('generic-lscb', () => {
  it('starts at the Resolution Panel when a child is at risk of immediate harm', () => {
    const sim = run(seeds['generic-lscb'], {
      start: '2026-06-01T09:00',
      startAt: 'resolution_panel',
      conditions: { imminent_risk: true },
      events: [ev('resolution_panel', 'own_manager', '2026-06-02T10:00')],
    });
    expect(sim.startState).toBe('resolution_panel');
    expect(sim.end).toMatchObject({ kind: 'exit', id: 'whistleblowing', title: "Your agency's whistle-blowing process" });
    expect(sim.end!.at.toISOString()).toBe('2026-06-02T09:00:00.000Z'); // 10:00 BST
    expect(sim.steps[0]!.records[0]!.sharedWith.map((r) => r.id)).toEqual(['relevant_personnel', 'worker']);
  });
});

describe('a protocol with guarded routes and a stage deadline over levels', () => {
  it('ends the levels at once and the stage at its deadline, reproducing the stated total', () => {
    // Wales, closure day Tue 29 Dec. Informal: 5 from the escalation: Thu 24 (1); 25, 26-27, 28,
    // 29 closed; Wed 30 (2), Thu 31 (3); 1 Jan, 2-3; Mon 4 (4), Tue 5 (5). Formal: a further 3:
    // 6, 7, Fri 8 Jan 2027: 8 working days in total.
    const sim = run(guarded, { start: '2026-12-23T10:00' });
    expect(rows(sim)).toEqual([
      'informal | Wed 23 Dec 2026 10:00 | due Tue 5 Jan 2027 17:00 | ended Tue 5 Jan 2027 17:00 unresolved/deadline',
      'talk | Wed 23 Dec 2026 10:00 | due - | ended Wed 23 Dec 2026 10:00 unresolved/immediate',
      'managers | Wed 23 Dec 2026 10:00 | due - | ended Tue 5 Jan 2027 17:00 unresolved/deadline',
      'formal | Tue 5 Jan 2027 17:00 | due Fri 8 Jan 2027 17:00 | ended Fri 8 Jan 2027 17:00 decided/deadline',
    ]);
    expect(sim.steps[3]!.total).toEqual({ amount: 8, unit: 'working_days' });
    expect(sim.steps[3]!.cumulative).toEqual({ amount: 8, unit: 'working_days' });
    expect(sim.steps[0]!.deadline!.rule).toContain('Partnership closure, Tuesday 29 December 2026');
  });

  it('follows the guarded route only when its condition holds', () => {
    const urgent = run(guarded, { start: '2026-01-05T10:00', conditions: { child_protection: true } });
    expect(urgent.steps.map((s) => s.state.id)).toEqual(['informal', 'talk', 'managers', 'urgent_review']);
    expect(formatLondonShort(urgent.steps[3]!.deadline!.due)).toBe('Mon 12 Jan 2026 21:00');
    // The conditional deadline case of Formal: 1 working day from entry when child_protection holds.
    const formal = run(guarded, { start: '2026-01-05T10:00', conditions: { child_protection: true }, events: [ev('talk', 'unresolved', '2026-01-05T12:00'), ev('managers', 'non_urgent', '2026-01-06T12:00')] });
    expect(formal.steps[3]!.deadline?.spec.condition).toBe('child_protection');
    expect(formatLondonShort(formal.steps[3]!.deadline!.due)).toBe('Wed 7 Jan 2026 17:00');
  });

  it('leaves a level and its stage together on an "at any stage" exit', () => {
    const sim = run(guarded, { start: '2026-01-05T10:00', events: [ev('talk', 'conflict', '2026-01-06T09:00')] });
    expect(sim.steps.map((s) => [s.state.id, s.exit?.transition.id])).toEqual([['informal', 'any.conflict'], ['talk', 'any.conflict']]);
    expect(sim.end).toMatchObject({ kind: 'exit', id: 'referred' });
    expect(sim.steps[0]!.deadline!.missed).toBe(false);
  });

  it('accepts an event named for the enclosing stage while a level is active', () => {
    const sim = run(guarded, { start: '2026-01-05T10:00', events: [ev('informal', 'conflict')] });
    expect(sim.end?.id).toBe('referred');
  });
});
