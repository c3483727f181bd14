// The command line's manners: --version, `-` for standard input, --format sarif, colour decided per
// stream (FORCE_COLOR / NO_COLOR honoured), no stack trace when the reader of its output goes away
// (`| head`) in any command, and a progress line on a terminal only.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../cli/main.ts';
import { type CliIO, wantsColor } from '../../cli/io.ts';
import { createProgress } from '../../cli/progress.ts';
import { ROOT } from '../helpers/protocols.ts';

const BIN = join(ROOT, 'bin', 'stepladder.js');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const BROKEN = 'protocol broken {\n  title "Broken"\n  partnership "P"\n  nation england\n  stage one "One" { meets nobody on resolved -> done }\n}\n';
const SEFTON = readFileSync(join(ROOT, 'protocols', 'sefton.protocol'), 'utf8');

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'stepladder-manners-'));
}

/** Runs a command in-process with the given standard input and progress setting. */
async function runWith(args: string[], options: { stdin?: string; progress?: boolean; cwd?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
    color: false,
    cwd: options.cwd ?? scratch(),
    env: { ...process.env },
    readStdin: options.stdin === undefined ? undefined : () => options.stdin!,
    progress: options.progress,
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

/** The real command, as a shell runs it; `env` replaces FORCE_COLOR/NO_COLOR so the test's own do not leak in. */
function real(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}) {
  const env = { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, ...options.env };
  return spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, input: options.input ?? '', env, encoding: 'utf8' });
}

describe('--version', () => {
  it('prints the package version, and -V too', async () => {
    expect((await runWith(['--version'])).stdout).toBe(`${VERSION}\n`);
    expect((await runWith(['-V'])).stdout).toBe(`${VERSION}\n`);
  });
});

describe('- reads standard input', () => {
  it('checks a protocol piped in, naming it <stdin>', async () => {
    const { code, stderr } = await runWith(['check', '-'], { stdin: BROKEN });
    expect(code).toBe(1);
    expect(stderr).toContain('--> <stdin>:5:27');
  });

  it('formats standard input to standard output', async () => {
    const messy = SEFTON.replace('stage step1', 'stage   step1');
    const { code, stdout } = await runWith(['fmt', '-'], { stdin: messy });
    expect(code).toBe(0);
    expect(stdout).toBe(SEFTON);
  });

  it('simulates a protocol piped in, through the real command', () => {
    const result = real(['simulate', '-', '--start', '2026-12-18T16:30'], { input: SEFTON });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Step 1 – Direct Professional to Professional Discussion [step1]');
    expect(result.status).toBe(0);
  });
});

describe('--format sarif', () => {
  it('gives SARIF 2.1.0 with a rule per code and each result located', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'broken.protocol'), BROKEN);
    const { code, stdout } = await runWith(['check', '--format', 'sarif', 'broken.protocol'], { cwd: dir });
    expect(code).toBe(1);
    const sarif = JSON.parse(stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0\.json$/);
    const [runLog] = sarif.runs;
    expect(runLog.tool.driver).toMatchObject({ name: 'stepladder', version: VERSION });
    const result = runLog.results.find((r: { ruleId: string }) => r.ruleId === 'E0101');
    expect(result).toMatchObject({
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'broken.protocol' }, region: { startLine: 5, startColumn: 27, endLine: 5, endColumn: 33 } } }],
    });
    expect(runLog.tool.driver.rules[result.ruleIndex]).toMatchObject({ id: 'E0101', helpUri: expect.stringMatching(/\/diagnostics\/e0101\/$/) });
  });

  it('is offered where diagnostics are the output, not elsewhere', async () => {
    const { code, stderr } = await runWith(['simulate', '-', '--start', '2026-12-18T16:30', '--format', 'sarif'], { stdin: SEFTON });
    expect(code).toBe(2);
    expect(stderr).toContain("--format must be 'text' or 'json', not 'sarif'");
  });
});

describe('colour', () => {
  it.each<[string, boolean | undefined, NodeJS.ProcessEnv, boolean]>([
    ['a terminal', true, {}, true],
    ['a pipe', false, {}, false],
    ['a terminal with NO_COLOR', true, { NO_COLOR: '1' }, false],
    ['a terminal with an empty NO_COLOR', true, { NO_COLOR: '' }, true],
    ['a pipe with FORCE_COLOR', false, { FORCE_COLOR: '1' }, true],
    ['a terminal with FORCE_COLOR=0', true, { FORCE_COLOR: '0' }, false],
    ['FORCE_COLOR over NO_COLOR', false, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
    ['a dumb terminal', true, { TERM: 'dumb' }, false],
  ])('%s', (_, isTTY, env, expected) => {
    expect(wantsColor(isTTY, env)).toBe(expected);
  });

  it('follows stderr, where diagnostics go, in the real command', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'broken.protocol'), BROKEN);
    // Both streams are pipes here: no colour unless forced.
    expect(real(['check', 'broken.protocol'], { cwd: dir }).stderr).not.toMatch(/\u001b\[/);
    expect(real(['check', 'broken.protocol'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stderr).toMatch(/\u001b\[/);
    expect(real(['check', 'broken.protocol'], { cwd: dir, env: { FORCE_COLOR: '0' } }).stderr).not.toMatch(/\u001b\[/);
  });
});

describe('a closed pipe (stepladder … | head)', () => {
  /** Runs the real command with its standard output closed before it writes anything. */
  function withClosedStdout(args: string[], input = ''): Promise<{ code: number | null; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0' } });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.stdin.end(input);
      child.on('close', (code) => resolve({ code, stderr }));
    });
  }

  const out = scratch();
  const cases: [string, string[], string?][] = [
    ['check', ['check', '--format', 'json', 'protocols']],
    ['check (sarif)', ['check', '--format', 'sarif', 'protocols/sefton.protocol']],
    ['schema', ['schema']],
    ['build', ['build', '--no-render', '--format', 'json', '--out', join(out, 'build'), 'protocols/sefton.protocol']],
    ['diff', ['diff', '--format', 'json', 'protocols/sefton.protocol', 'protocols/sefton.protocol']],
    ['simulate', ['simulate', 'protocols/sefton.protocol', '--start', '2026-12-18T16:30', '--format', 'json']],
    ['fmt', ['fmt', '-'], SEFTON],
    ['--help', ['--help']],
    ['--version', ['--version']],
  ];
  it.each(cases)('%s ends without a stack trace', async (_, args, input) => {
    const { code, stderr } = await withClosedStdout(args, input);
    expect(stderr).not.toMatch(/EPIPE|Error:|\n\s+at /);
    // Not Node's crash status for an uncaught exception with a stack (7 or 1 with a trace).
    expect([0, 1]).toContain(code);
  });
});

describe('progress', () => {
  it('shows which protocol and what is being done on a terminal, and clears the line', async () => {
    const { stderr } = await runWith(['build', '--no-render', '--out', join(scratch(), 'b'), join(ROOT, 'protocols')], { progress: true });
    expect(stderr).toMatch(/\r\u001b\[2KCompiling 1 of \d+: /);
    expect(stderr).toMatch(/\r\u001b\[2KWriting \d+ protocols to /);
    expect(stderr).toMatch(/\r\u001b\[2KChecked|\r\u001b\[2K(?:error|warning)/);
  });

  it('prints nothing of it elsewhere (pipes, logs, CI)', async () => {
    const { stderr } = await runWith(['build', '--no-render', '--out', join(scratch(), 'b'), join(ROOT, 'protocols', 'sefton.protocol')]);
    expect(stderr).not.toContain('Compiling');
    expect(stderr).not.toContain('\r');
    const silent: string[] = [];
    const progress = createProgress({ out: () => {}, err: (t) => silent.push(t), color: false, cwd: ROOT, env: {}, progress: false });
    progress.update('x');
    progress.clear();
    expect(silent).toEqual([]);
  });
});

describe('simulate --holidays', () => {
  it('runs past the built-in years with a supplied list, and names the file when it is malformed', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'holidays.json'), JSON.stringify([{ date: '2031-01-01', name: 'New Year’s Day' }]));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ 'england-and-wales': { events: [{ title: 'X', date: '2031-13-01' }] } }));
    const without = await runWith(['simulate', '-', '--start', '2030-12-30T10:00'], { stdin: SEFTON, cwd: dir });
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('--holidays <file>');
    const supplied = await runWith(['simulate', '-', '--start', '2030-12-30T10:00', '--holidays', 'holidays.json'], { stdin: SEFTON, cwd: dir });
    expect(supplied.code).toBe(0);
    expect(supplied.stdout).toContain('Due       Thu 2 Jan 2031 17:00');
    const bad = await runWith(['simulate', '-', '--start', '2030-12-30T10:00', '--holidays', 'bad.json'], { stdin: SEFTON, cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--holidays bad.json: bank holidays: england-and-wales.events[0].date "2031-13-01" is not a real date');
  });
});
