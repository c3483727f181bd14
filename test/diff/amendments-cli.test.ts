// `stepladder diff --amendments` (Markdown and HTML), `--from <rev>` (the earlier version from git),
// and the refusal to diff two partnerships' protocols (that is `compare`).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSource, createCompilerTools } from '../../compiler/index.ts';
import { runCli } from '../helpers/protocols.ts';

const FIXTURE = join(import.meta.dirname, 'samples', 'sefton-earlier-version');
const BEFORE = join(FIXTURE, 'before.protocol');
const AFTER = join(FIXTURE, 'after.protocol');

describe('stepladder diff --amendments', () => {
  it('writes the amendment log in Markdown by default', async () => {
    const { code, stdout } = await runCli(['diff', BEFORE, AFTER, '--amendments']);
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(join(FIXTURE, 'amendments.md'), 'utf8'));
    // What a practitioner needs, and none of the drafting detail.
    expect(stdout).toContain('Deadline now “Within 2 working days” (was “Within 5 working days”)');
    expect(stdout).toContain('Probably renamed: was “Step 4 – SSCP Independently Chaired Meeting”');
    const entries = stdout.slice(0, stdout.lastIndexOf('\n_'));
    expect(entries).not.toMatch(/citation|acknowledg|passage|step2_time|manager_discussion/i);
  });

  it('writes a standalone HTML page with --format html', async () => {
    const { code, stdout } = await runCli(['diff', BEFORE, AFTER, '--amendments', '--format', 'html']);
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(join(FIXTURE, 'amendments.html'), 'utf8'));
  });

  it('is a usage error for a format it cannot write', async () => {
    const { code, stderr } = await runCli(['diff', BEFORE, AFTER, '--amendments', '--format', 'json']);
    expect(code).toBe(2);
    expect(stderr).toContain("with --amendments, --format must be 'markdown' or 'html'");
  });
});

describe('stepladder diff with - (standard input)', () => {
  it('reads either side from standard input, a protocol or a compiled machine.json', async () => {
    const fromFiles = await runCli(['diff', BEFORE, AFTER, '--format', 'json']);
    const newOnStdin = await runCli(['diff', BEFORE, '-', '--format', 'json'], undefined, {}, readFileSync(AFTER, 'utf8'));
    expect(newOnStdin.code).toBe(0);
    expect(JSON.parse(newOnStdin.stdout).changes).toEqual(JSON.parse(fromFiles.stdout).changes);
    expect(JSON.parse(newOnStdin.stdout).after.file).toBe('<stdin>');
    const compiled = compileSource(readFileSync(BEFORE, 'utf8'), 'before.protocol', createCompilerTools()).machine;
    expect(compiled).not.toBeNull();
    const oldOnStdin = await runCli(['diff', '-', AFTER, '--format', 'json'], undefined, {}, JSON.stringify(compiled));
    expect(oldOnStdin.code).toBe(0);
    expect(JSON.parse(oldOnStdin.stdout).changes).toEqual(JSON.parse(fromFiles.stdout).changes);
  });

  it('refuses - on both sides', async () => {
    const { code, stderr } = await runCli(['diff', '-', '-'], undefined, {}, '');
    expect(code).toBe(2);
    expect(stderr).toContain("only one side can be read from standard input ('-')");
  });
});

describe('stepladder diff --from <rev>', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'pipe' });

  it('compares a file with its version at a git revision', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'stepladder-from-'));
    git(repo, 'init', '-q');
    copyFileSync(BEFORE, join(repo, 'sefton.protocol'));
    git(repo, 'add', 'sefton.protocol');
    git(repo, 'commit', '-q', '-m', 'version 1');
    copyFileSync(AFTER, join(repo, 'sefton.protocol'));
    const { code, stdout } = await runCli(['diff', 'sefton.protocol', '--from', 'HEAD', '--amendments'], repo);
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(join(FIXTURE, 'amendments.md'), 'utf8'));
    const text = await runCli(['diff', 'sefton.protocol', '--from', 'HEAD'], repo);
    expect(text.stdout).toMatch(/^Comparing sefton\.protocol@HEAD \(sefton, version 1\) with sefton\.protocol \(sefton, version 2\)/);
  });

  it('explains an unknown revision, a file outside git, and a revision that looks like an option', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'stepladder-from-'));
    writeFileSync(join(repo, 'sefton.protocol'), readFileSync(AFTER));
    const outside = await runCli(['diff', 'sefton.protocol', '--from', 'HEAD'], repo);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('is not in a git repository');
    git(repo, 'init', '-q');
    const unknown = await runCli(['diff', 'sefton.protocol', '--from', 'v9'], repo);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("cannot read 'sefton.protocol' at revision 'v9'");
    const option = await runCli(['diff', 'sefton.protocol', '--from=--output=/tmp/x'], repo);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('is not a git revision');
  });

  it('takes one file with --from, and two without', async () => {
    expect((await runCli(['diff', BEFORE, AFTER, '--from', 'HEAD'])).stderr).toContain('with --from, give one protocol file');
    expect((await runCli(['diff', BEFORE])).stderr).toContain('diff needs two versions');
  });
});

describe('stepladder diff of two partnerships', () => {
  it('says they are different protocols and points to compare', async () => {
    const { code, stdout, stderr } = await runCli(['diff', 'protocols/sefton.protocol', 'protocols/lincolnshire.protocol']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('are different protocols, not two versions of one');
    expect(stderr).toContain('stepladder compare protocols/sefton.protocol protocols/lincolnshire.protocol');
  });
});
