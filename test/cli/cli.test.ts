// The command line, run in-process: exit codes, messages for people, JSON for tools, atomic builds.
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROTOCOLS_DIR, runCli } from '../helpers/protocols.ts';

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'stepladder-cli-'));
}

const BROKEN = 'protocol broken {\n  title "Broken"\n  partnership "P"\n  nation england\n  stage one "One" { meets nobody on resolved -> done }\n}\n';

describe('stepladder check', () => {
  it('passes the real protocols with no errors or warnings', async () => {
    const { code, stderr } = await runCli(['check', 'protocols']);
    expect(stderr).toContain('Checked 5 protocols: 0 errors, 0 warnings.');
    expect(code).toBe(0);
  });

  it('exits 1 with file:line:col and a code frame on errors', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'broken.protocol'), BROKEN);
    const { code, stderr } = await runCli(['check', 'broken.protocol'], dir);
    expect(code).toBe(1);
    expect(stderr).toContain("error[E0101]: There is no role called 'nobody'.");
    expect(stderr).toContain('--> broken.protocol:5:27');
    expect(stderr).toContain('5 |   stage one "One" { meets nobody on resolved -> done }');
    expect(stderr).not.toMatch(/\u001b\[/);
  });

  it('prints stable JSON for tools', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'broken.protocol'), BROKEN);
    const { code, stdout } = await runCli(['check', '--format', 'json', dir]);
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(json.summary.errors).toBeGreaterThan(0);
    const first = json.files[0].diagnostics.find((d: { code: string }) => d.code === 'E0101');
    expect(first).toMatchObject({ name: 'undefined_name', severity: 'error', start: { line: 5, column: 27 } });
    expect(first.docs).toMatch(/\/diagnostics\/e0101\/$/);
  });

  it.each([
    [['check', 'missing.protocol'], "cannot find 'missing.protocol'"],
    [['check', 'package.json'], 'is not a protocol file'],
    [['check', '--format', 'xml'], "--format must be 'text', 'json', or 'sarif'"],
    [['check', '--bogus'], "unknown option '--bogus'"],
  ])('exits 2 on a usage error: %j', async (args, message) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('reports an empty file as a diagnostic', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'empty.protocol'), '');
    const { code, stderr } = await runCli(['check', 'empty.protocol'], dir);
    expect(code).toBe(1);
    expect(stderr).toContain("error[E0005]: The file 'empty.protocol' is empty.");
  });

  it('names an unreadable file in one line', async () => {
    const dir = scratch();
    const file = join(dir, 'locked.protocol');
    if (process.getuid?.() === 0) {
      // Root reads any file whatever its mode; a link is never followed (E0011 in check and build).
      symlinkSync('/proc/self/mem', file);
    } else {
      writeFileSync(file, BROKEN);
      chmodSync(file, 0o000);
    }
    // A command that takes one protocol and reports no diagnostics says why in one line.
    const { code, stderr } = await runCli(['simulate', 'locked.protocol', '--start', '2026-12-18T16:30'], dir);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain("'locked.protocol'");
  });
});

describe('stepladder build --no-render', () => {
  it('writes machine.json per protocol, the schema and an index', async () => {
    const out = scratch();
    const { code } = await runCli(['build', PROTOCOLS_DIR, '--out', out, '--no-render']);
    expect(code).toBe(0);
    for (const id of ['sefton', 'lincolnshire', 'cumberland', 'warwickshire', 'generic-lscb']) {
      expect(existsSync(join(out, id, 'machine.json'))).toBe(true);
      expect(existsSync(join(out, id, `${id}.protocol`))).toBe(true);
    }
    expect(JSON.parse(readFileSync(join(out, 'schema.json'), 'utf8')).$schema).toContain('2020-12');
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    expect(index.protocols.map((p: { id: string }) => p.id)).toEqual(['cumberland', 'generic-lscb', 'lincolnshire', 'sefton', 'warwickshire']);
  });

  it('leaves the previous outputs in place when a protocol has errors', async () => {
    const dir = scratch();
    const out = join(dir, 'out');
    const good = readFileSync(join(PROTOCOLS_DIR, 'sefton.protocol'), 'utf8');
    writeFileSync(join(dir, 'sefton.protocol'), good);
    // The published text the protocol's passages are checked against comes along.
    copyFileSync(join(PROTOCOLS_DIR, 'sefton.source.txt'), join(dir, 'sefton.source.txt'));
    expect((await runCli(['build', 'sefton.protocol', '--out', out, '--no-render'], dir)).code).toBe(0);
    const before = readFileSync(join(out, 'sefton', 'machine.json'), 'utf8');
    writeFileSync(join(dir, 'sefton.protocol'), good.replace('meets line_manager', 'meets line_mangaer'));
    const failed = await runCli(['build', 'sefton.protocol', '--out', out, '--no-render'], dir);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('Wrote 0 of 1 protocols');
    expect(readFileSync(join(out, 'sefton', 'machine.json'), 'utf8')).toBe(before);
  });

  it('is deterministic: two builds give the same bytes', async () => {
    const a = scratch();
    const b = scratch();
    await runCli(['build', PROTOCOLS_DIR, '--out', a, '--no-render']);
    await runCli(['build', PROTOCOLS_DIR, '--out', b, '--no-render']);
    for (const file of ['index.json', 'schema.json', 'sefton/machine.json', 'cumberland/machine.json']) {
      expect(readFileSync(join(b, file), 'utf8')).toBe(readFileSync(join(a, file), 'utf8'));
    }
  });
});

describe('stepladder schema', () => {
  it('prints the draft 2020-12 schema', async () => {
    const { code, stdout } = await runCli(['schema']);
    expect(code).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.states.items.required).toContain('deadline');
  });
});

describe('missing browser', () => {
  it('says where it looked and how to fix it, and still builds', async () => {
    const out = scratch();
    mkdirSync(out, { recursive: true });
    const { code, stderr } = await runCli(['build', join(PROTOCOLS_DIR, 'sefton.protocol'), '--out', out], undefined, {
      STEPLADDER_CHROMIUM: '/nonexistent/chromium',
    });
    expect(stderr).toContain('No Chromium was found');
    expect(stderr).toContain('apt-get install -y chromium');
    expect(stderr).toContain('STEPLADDER_CHROMIUM');
    expect(existsSync(join(out, 'sefton', 'machine.json'))).toBe(true);
    expect(code).toBe(0);
  });
});
