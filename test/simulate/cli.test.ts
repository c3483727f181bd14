// `stepladder simulate` in-process: bad arguments exit 2 with one line naming the argument; a
// protocol with errors prints its diagnostics and exits 1.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/protocols.ts';

const SEFTON = 'protocols/sefton.protocol';
const START = ['--start', '2026-01-05T10:00'];

describe('stepladder simulate: usage errors (exit 2)', () => {
  it.each([
    [[SEFTON, '--start', 'tomorrow'], '--start tomorrow: "tomorrow" is not a date and time: use the form YYYY-MM-DDTHH:MM'],
    [[SEFTON, '--start', '2026-01-05'], '--start 2026-01-05: "2026-01-05" is not a date and time: give a time of day as well'],
    [[SEFTON, '--start', '2035-03-01T10:00'], '--start 2035-03-01T10:00: the start of the escalation (Thu 1 Mar 2035 10:00) is outside 2018–2030'],
    [[SEFTON, '--start', '2030-12-20T10:00'], "--start 2030-12-20T10:00: the deadline of 'step"],
    [[SEFTON, ...START, '--event', 'step1=unresolved@2026-02-30T10:00'], '--event step1=unresolved@2026-02-30T10:00: "2026-02-30T10:00" is not a date and time: 2026-02-30 is not a real day'],
    [[SEFTON, ...START, '--event', 'step1'], '--event step1: "step1" is not an event: write <stage>=<event>'],
    [[SEFTON, ...START, '--event', 'step3=resolved@2026-01-06T10:00'], "--event step3=resolved@2026-01-06T10:00: 'step3' is not active when step3=resolved comes: the escalation is at 'step1'"],
    [[SEFTON, ...START, '--event', 'step1=unresolved@2026-01-07T10:00', '--event', 'step2=resolved@2026-01-06T10:00'], '--event step2=resolved@2026-01-06T10:00: step2=resolved at Tue 6 Jan 2026 10:00 is earlier than the event before it'],
    [[SEFTON, ...START, '--event', 'step1=unresolved@2026-01-05T09:00'], 'is earlier than the start of the escalation (Mon 5 Jan 2026 10:00)'],
    [[SEFTON, ...START, '--event', 'step1=urgent'], "--event step1=urgent: the protocol has no event 'urgent'"],
    [[SEFTON, ...START, '--event', 'step7=resolved'], "--event step7=resolved: the protocol has no stage or level 'step7'"],
    [[SEFTON, ...START, '--event', 'step1=decided'], "--event step1=decided: 'step1' has no route on 'decided'"],
    [[SEFTON, ...START, '--condition', 'child_protection'], "--condition child_protection: the protocol has no condition 'child_protection'"],
    [[SEFTON, ...START, '--nation', 'france'], "--nation must be one of england, wales, scotland, northern-ireland, not 'france'"],
    [[SEFTON, ...START, '--closure', '2026-13-01'], '--closure: closure day "2026-13-01" is not a real date'],
    [[SEFTON, ...START, '--start-at', 'step3'], "--start-at step3: the escalation cannot start at 'step3'"],
    [[SEFTON, ...START, '--format', 'xml'], "--format must be 'text' or 'json'"],
    [['missing.protocol', ...START], "cannot find 'missing.protocol'"],
    [[SEFTON], "required option '--start <date-time>' not specified"],
  ])('%j', async (args, message) => {
    const { code, stdout, stderr } = await runCli(['simulate', ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('stepladder simulate', () => {
  it('exits 1 and prints the diagnostics of a protocol with errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepladder-simulate-'));
    writeFileSync(join(dir, 'broken.protocol'), 'protocol broken {\n  title "Broken"\n  partnership "P"\n  nation england\n  stage one "One" { meets nobody on resolved -> done }\n}\n');
    const { code, stdout, stderr } = await runCli(['simulate', 'broken.protocol', ...START], dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain("There is no role called 'nobody'.");
  });

  it('prints the timeline with weekdays, London time and the records', async () => {
    const { code, stdout } = await runCli(['simulate', SEFTON, '--start', '2025-12-31T10:00', '--nation', 'scotland']);
    expect(code).toBe(0);
    expect(stdout).toContain('Due       Tue 6 Jan 2026 17:00 (2 working days from the start of the escalation)');
    expect(stdout).toContain('Meets     Line manager or safeguarding supervisor meets their counterpart in the other agency');
    expect(stdout).toContain('Record    Report to SSCP (Appendix 2): the outcome of the meeting [the protocol names no one]');
    expect(stdout).toContain('Outcome   Final and binding decision (binding), Mon 19 Jan 2026 17:00');
  });

  it('gives the same JSON bytes every time', async () => {
    const args = ['simulate', 'protocols/cumberland.protocol', ...START, '--condition', 'child_protection', '--format', 'json'];
    const first = await runCli(args);
    const second = await runCli(args);
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(JSON.parse(first.stdout).steps.at(-1).deadline).toMatchObject({ amount: 24, unit: 'hours', condition: 'child_protection' });
  });

  it('shows the command in --help', async () => {
    const { code, stdout } = await runCli(['simulate', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--event <stage=event@date-time>');
  });
});
