// `stepladder diff --amendments` (Markdown and HTML), `--from <rev>` (the earlier version from git),
// and the refusal to diff two partnerships' protocols (that is `compare`).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
