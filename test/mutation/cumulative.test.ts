// Tests that would notice a wrong "(N days total)" check (compiler/phases/2-analyze/cumulative.ts):
// the worst-case total of each stage, when every stage before it ends at its deadline, counted from
// the start of the escalation. Each protocol below is small enough to add up by hand, as the
// comments do; the totals are read from machine.json (`cumulative`) and from the diagnostics that
// compare them with a stated total (E0301, W0304).
import { describe, expect, it } from 'vitest';
import { compileSource, createCompilerTools } from '../../compiler/index.ts';
import { sampleProtocol as protocol } from './sample-protocol.ts';

const tools = createCompilerTools();


/** One stage: its deadline (or none), an optional stated total, and where "unresolved" goes. */
function stage(id: string, deadline: string | null, next: string, total?: string): string {
  const timescale = deadline === null ? '' : `deadline ${deadline} { ${total ? `total ${total} ` : ''}cite p }`;
  return `  stage ${id} "Stage ${id}" { meets worker with counterpart  ${timescale}  on resolved -> done  on unresolved -> ${next}  cite p }`;
}

function compile(stages: string[]) {
  return compileSource(protocol(stages.join('\n')), 'sample.protocol', tools);
}

/** What the analyzer says about stated totals: E0301 and W0304 messages. */
function totalMessages(stages: string[]): string[] {
  return compile(stages).diagnostics.filter((d) => d.code === 'E0301' || d.code === 'W0304').map((d) => d.message);
}

/** Each stage's total as machine.json gives it. */
function totals(stages: string[]): Record<string, unknown> {
  const machine = compile(stages).machine;
  expect(machine, 'the sample compiles').not.toBeNull();
  return Object.fromEntries(machine!.states.map((s) => [s.id, s.cumulative]));
}

describe('adding up a chain of stages', () => {
  it('adds each deadline to the total of the stage before it', () => {
    // 2, then 2 + 3 = 5, then 5 + 1 = 6 working days.
    expect(totals([
      stage('s1', 'within 2 working days', 's2'),
      stage('s2', 'within 3 working days', 's3'),
      stage('s3', 'within 1 working day', 'done'),
    ])).toEqual({
      s1: { amount: 2, unit: 'working_days' },
      s2: { amount: 5, unit: 'working_days' },
      s3: { amount: 6, unit: 'working_days' },
    });
  });

  it('adds nothing for "immediately", and keeps the unit of the days after it', () => {
    // 0 (immediately), then 0 + 2 = 2 working days.
    expect(totals([stage('s1', 'immediately', 's2'), stage('s2', 'within 2 working days', 'done')])).toEqual({
      s1: { amount: 0, unit: 'immediately' },
      s2: { amount: 2, unit: 'working_days' },
    });
  });

  it('counts "of escalation" from the start, whatever came before', () => {
    // s2 is 4 working days from the start of the escalation, not 2 + 4.
    expect(totals([stage('s1', 'within 2 working days', 's2'), stage('s2', 'within 4 working days of escalation', 'done')])).toEqual({
      s1: { amount: 2, unit: 'working_days' },
      s2: { amount: 4, unit: 'working_days' },
    });
  });

  it('counts "a further N of X" from the end of X', () => {
    // s3 is 1 working day after s1's deadline (2): 3, not s2's 5 + 1.
    expect(totals([
      stage('s1', 'within 2 working days', 's2'),
      stage('s2', 'within 3 working days', 's3'),
      stage('s3', 'within a further 1 working day of s1', 'done'),
    ]).s3).toEqual({ amount: 3, unit: 'working_days' });
  });
});

describe('comparing a stated total', () => {
  it('accepts a total that matches and names both numbers when it does not', () => {
    const chain = (stated: string) => [stage('s1', 'within 2 working days', 's2'), stage('s2', 'within 3 working days', 'done', stated)];
    expect(totalMessages(chain('5 working days'))).toEqual([]);
    expect(totalMessages(chain('4 working days'))).toEqual(['The stated total is 4 working days, but the timescales add up to 5 working days.']);
  });

  it('cannot check a total across different units, and names them', () => {
    expect(totalMessages([
      stage('s1', 'within 2 working days', 's2'),
      stage('s2', 'within 3 calendar days', 'done', '5 working days'),
    ])).toEqual(["The stated total for 's2' cannot be checked: the timescales before it mix working days and calendar days."]);
  });

  it('cannot check a total after a timescale in a unit it does not know', () => {
    expect(totalMessages([
      stage('s1', 'within 2 fortnights', 's2'),
      stage('s2', 'within 3 working days', 'done', '5 working days'),
    ])).toEqual(["The stated total for 's2' cannot be checked: its timescale has no usable unit."]);
  });

  it('cannot check a total counted from something that is not a stage', () => {
    expect(totalMessages([
      stage('s1', 'within 2 working days', 's2'),
      stage('s2', 'within a further 1 working day of done', 'done', '3 working days'),
    ])).toEqual(["The stated total for 's2' cannot be checked: 'done' is not a stage."]);
  });

  it('cannot check a total after a stage with no deadline', () => {
    expect(totalMessages([
      stage('s1', null, 's2'),
      stage('s2', 'within 3 working days', 'done', '3 working days'),
    ])).toEqual(["The stated total for 's2' cannot be checked: 's1' has no deadline."]);
  });
});

describe('stages reached in more than one way', () => {
  it('uses the total both ways share', () => {
    // s3 is reached from s1 (total 2) and from s2, due 2 working days from the start of the
    // escalation: both 2, so s3 is 2 + 1.
    const result = totals([
      `  stage s1 "Stage s1" { meets worker with counterpart  deadline within 2 working days { cite p }  on resolved -> s3  on unresolved -> s2  cite p }`,
      stage('s2', 'within 2 working days of escalation', 's3'),
      stage('s3', 'within 1 working day', 'done'),
    ]);
    expect(result.s3).toEqual({ amount: 3, unit: 'working_days' });
  });

  it('cannot check a total when the ways in give different totals', () => {
    // s3 is reached from s1 (total 2) and from s2 (total 2 + 3 = 5).
    expect(totalMessages([
      `  stage s1 "Stage s1" { meets worker with counterpart  deadline within 2 working days { cite p }  on resolved -> s3  on unresolved -> s2  cite p }`,
      stage('s2', 'within 3 working days', 's3'),
      stage('s3', 'within 1 working day', 'done', '6 working days'),
    ])).toEqual(["The stated total for 's3' cannot be checked: the stages leading into it have different totals."]);
  });

  it('cannot check a total when the ways in have the same number in different units', () => {
    // s3 is reached from s1 (2 working days) and from s2 (2 calendar days from the start).
    expect(totalMessages([
      `  stage s1 "Stage s1" { meets worker with counterpart  deadline within 2 working days { cite p }  on resolved -> s3  on unresolved -> s2  cite p }`,
      stage('s2', 'within 2 calendar days of escalation', 's3'),
      stage('s3', 'within 1 working day', 'done', '3 working days'),
    ])).toEqual(["The stated total for 's3' cannot be checked: the stages leading into it have different totals."]);
  });

  it('gives the reason of the first way in that cannot be added up', () => {
    // s3 is reached from s1, which has no deadline, and from s2.
    expect(totalMessages([
      `  stage s1 "Stage s1" { meets worker with counterpart  on resolved -> s3  on unresolved -> s2  cite p }`,
      stage('s2', 'within 2 working days of escalation', 's3'),
      stage('s3', 'within 1 working day', 'done', '3 working days'),
    ])).toEqual(["The stated total for 's3' cannot be checked: 's1' has no deadline."]);
  });

  it('adds up a stage written before the stage that leads into it', () => {
    // Routes go s1 -> s3 -> s2: s1 = 2, s3 = 2 + 1 = 3, s2 = 3 + 3 = 6.
    expect(totals([
      stage('s1', 'within 2 working days', 's3'),
      stage('s2', 'within 3 working days', 'done'),
      stage('s3', 'within 1 working day', 's2'),
    ])).toEqual({
      s1: { amount: 2, unit: 'working_days' },
      s2: { amount: 6, unit: 'working_days' },
      s3: { amount: 3, unit: 'working_days' },
    });
  });

  it('cannot check a total when the routes before it go round in a loop', () => {
    // s2 is reached from s1 and from s3, and s3 only from s2.
    expect(totalMessages([
      stage('s1', 'within 2 working days', 's2'),
      stage('s2', 'within 3 working days', 's3', '5 working days'),
      stage('s3', 'within 1 working day', 's2'),
    ])).toEqual(["The stated total for 's2' cannot be checked: the routes before it go round in a loop."]);
  });

  it('cannot check a total of a stage no route leads into', () => {
    const messages = totalMessages([
      stage('s1', 'within 2 working days', 'done'),
      stage('s2', 'within 3 working days', 'done', '5 working days'),
    ]);
    expect(messages).toEqual(["The stated total for 's2' cannot be checked: no stage leads into it."]);
  });
});

describe('levels', () => {
  it('start a stage’s first level where the stage starts, and later levels where they are routed from', () => {
    // Stage s2 has levels a (first: entered when s2 is) and b (routed from a). s1 = 2, a = 2 + 1 = 3, b = 3 + 2 = 5.
    const result = totals([
      stage('s1', 'within 2 working days', 's2'),
      `  stage s2 "Stage s2" {
    level a "Level a" { meets worker with counterpart  deadline within 1 working day { cite p }  on resolved -> done  on unresolved -> b  cite p }
    level b "Level b" { meets worker with counterpart  deadline within 2 working days { cite p }  on resolved -> done  on unresolved -> done  cite p }
    cite p
  }`,
    ]);
    expect(result.a).toEqual({ amount: 3, unit: 'working_days' });
    expect(result.b).toEqual({ amount: 5, unit: 'working_days' });
  });
});
