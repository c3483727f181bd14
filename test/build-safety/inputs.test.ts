// Issue 17, defects 3 and 8: only regular files are read (no links, devices or pipes; a size cap),
// only UTF-8 (one diagnostic naming the encoding found), and a byte order mark or CRLF line endings
// change nothing, in check and in fmt --check.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROTOCOLS_DIR, runCli } from '../helpers/protocols.ts';
import { decodeProtocol, MAX_PROTOCOL_BYTES } from '../../cli/read-protocol-file.ts';

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'stepladder-inputs-'));
}

/** A folder with Lincolnshire and the source text beside it, ready to be changed by a test. */
function withLincolnshire(): { dir: string; source: string } {
  const dir = scratch();
  for (const name of readdirSync(PROTOCOLS_DIR).filter((n) => n.startsWith('lincolnshire.'))) copyFileSync(join(PROTOCOLS_DIR, name), join(dir, name));
  return { dir, source: readFileSync(join(dir, 'lincolnshire.protocol'), 'utf8') };
}

const codesIn = (stdout: string): string[] =>
  (JSON.parse(stdout) as { files: Array<{ diagnostics: Array<{ code: string }> }> }).files.flatMap((f) => f.diagnostics.map((d) => d.code));

describe('files that are not regular files', () => {
  it.each([
    ['/proc/self/environ', 'PATH='],
    ['/etc/passwd', 'root:'],
    ['/dev/zero', null],
  ])('a link to %s is refused (E0011) and nothing of the target is shown, as text or JSON', async (target, secret) => {
    const dir = scratch();
    symlinkSync(target, join(dir, 'x.protocol'));
    for (const format of ['text', 'json']) {
      const result = await runCli(['check', '.', '--format', format], dir);
      // Searching the folder and naming the file give the same answer.
      const named = await runCli(['check', 'x.protocol', '--format', format], dir);
      for (const run of [result, named]) {
        if (secret) expect(run.stdout + run.stderr).not.toContain(secret);
        expect(run.code).toBe(1);
      }
      if (format === 'json') expect(codesIn(named.stdout)).toEqual(['E0011']);
      else expect(named.stderr).toContain("error[E0011]: 'x.protocol' is a symbolic link, not a regular file, so it was not read.");
    }
  });

  it('a named pipe is refused without waiting for a writer', async () => {
    const dir = scratch();
    execFileSync('mkfifo', [join(dir, 'pipe.protocol')]);
    const result = await runCli(['check', '--format', 'json', 'pipe.protocol'], dir);
    expect(codesIn(result.stdout)).toEqual(['E0011']);
    expect(JSON.parse(result.stdout).files[0].diagnostics[0].message).toContain('is a named pipe');
  }, 20_000);

  it('a file over the size cap is refused with its size (E0012)', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'big.protocol'), Buffer.alloc(MAX_PROTOCOL_BYTES + 1, 0x20));
    const result = await runCli(['check', 'big.protocol'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("error[E0012]: 'big.protocol' is 5.1 MB, more than the 5 MB a protocol file may be.");
  });

  it('a build writes nothing for a refused file and says why', async () => {
    const dir = scratch();
    symlinkSync('/etc/passwd', join(dir, 'x.protocol'));
    const result = await runCli(['build', 'x.protocol', '--out', 'out', '--no-render', '--format', 'json'], dir);
    expect(result.code).toBe(1);
    expect(codesIn(result.stdout)).toEqual(['E0011']);
    expect(readdirSync(join(dir, 'out')).filter((n) => !n.startsWith('.')).sort()).toEqual(['index.json', 'schema.json']);
  });
});

describe('encodings', () => {
  const utf16 = (text: string, bigEndian: boolean): Buffer => {
    const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
    return bigEndian ? le.swap16() : le;
  };

  it.each([
    ['UTF-16 (little-endian)', (s: string) => utf16(s, false)],
    ['UTF-16 (big-endian)', (s: string) => utf16(s, true)],
    ['Windows-1252 (or Latin-1)', (s: string) => Buffer.from(s.replace('–', '\u0096').replace('–', '-'), 'latin1')],
  ])('a %s file gives one diagnostic naming the encoding (E0013)', async (encoding, encode) => {
    const { dir, source } = withLincolnshire();
    writeFileSync(join(dir, 'lincolnshire.protocol'), encode(source));
    const result = await runCli(['check', 'lincolnshire.protocol', '--format', 'json'], dir);
    expect(codesIn(result.stdout)).toEqual(['E0013']);
    expect(JSON.parse(result.stdout).files[0].diagnostics[0].message).toContain(`it looks like ${encoding}`);
  });

  it('invalid UTF-8 names the line of the first bad byte', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'x.protocol'), Buffer.concat([Buffer.from('protocol x {\n  title "caf'), Buffer.from([0xc3, 0x28]), Buffer.from('"\n}\n')]));
    const result = await runCli(['check', 'x.protocol'], dir);
    expect(result.stderr).toContain('is not UTF-8');
    expect(result.stderr).toContain('its first character that is not UTF-8 is on line 2');
    expect(result.stderr.match(/^error/gm)).toHaveLength(1);
  });

  it.each([
    ['after valid multi-byte characters', [...'a\n€\n'].flatMap((c) => [...new TextEncoder().encode(c)]).concat([0xc3, 0x28, 0x0a]), 3],
    ['cut off at the end of the file', [...new TextEncoder().encode('ab\ncd')].concat([0xe2, 0x82]), 2],
  ])('finds the first byte that is not UTF-8 %s', (_where, bytes, line) => {
    const read = decodeProtocol('x.protocol', new Uint8Array(bytes));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem.message).toContain(`is on line ${line}.`);
  });

  it('CR-only line endings give one clear diagnostic (E0014)', async () => {
    const { dir, source } = withLincolnshire();
    writeFileSync(join(dir, 'lincolnshire.protocol'), source.replace(/\n/g, '\r'));
    const result = await runCli(['check', 'lincolnshire.protocol', '--format', 'json'], dir);
    expect(codesIn(result.stdout)).toEqual(['E0014']);
  });
});

describe('a byte order mark and CRLF line endings', () => {
  it('change no diagnostic, line or column in check', async () => {
    const { dir, source } = withLincolnshire();
    // A misspelt role on the line after the protocol's first line gives an error with a column.
    const broken = source.replace('meets professional with', 'meets profesional with');
    expect(broken).not.toBe(source);
    const report = async (contents: string) => {
      writeFileSync(join(dir, 'lincolnshire.protocol'), contents);
      const result = await runCli(['check', 'lincolnshire.protocol', '--format', 'json'], dir);
      // Offsets count characters, so CRLF moves them; lines and columns are what people see.
      type At = { line: number; column: number };
      const at = (p: At) => `${p.line}:${p.column}`;
      return JSON.parse(result.stdout).files[0].diagnostics.map((d: { code: string; start: At; end: At }) => [d.code, at(d.start), at(d.end)]);
    };
    const plain = await report(broken);
    expect(plain.length).toBeGreaterThan(0);
    expect(await report(`\uFEFF${broken}`)).toEqual(plain);
    expect(await report(broken.replace(/\n/g, '\r\n'))).toEqual(plain);
    expect(await report(`\uFEFF${broken.replace(/\n/g, '\r\n')}`)).toEqual(plain);
  });

  it('a first-line error is at the same column with a byte order mark', async () => {
    const dir = scratch();
    const text = 'protocol misnamed {\n}\n';
    const columns = [];
    for (const contents of [text, `\uFEFF${text}`]) {
      writeFileSync(join(dir, 'x.protocol'), contents);
      const result = await runCli(['check', 'x.protocol', '--format', 'json'], dir);
      const first = JSON.parse(result.stdout).files[0].diagnostics.find((d: { start: { line: number } }) => d.start.line === 1);
      expect(first).toBeDefined();
      columns.push(first.start.column);
    }
    expect(columns[1]).toBe(columns[0]);
  });

  it('are not flagged by fmt --check, and fmt keeps them when it changes a file', async () => {
    const { dir, source } = withLincolnshire();
    const windows = `\uFEFF${source.replace(/\n/g, '\r\n')}`;
    writeFileSync(join(dir, 'lincolnshire.protocol'), windows);
    const check = await runCli(['fmt', '--check', 'lincolnshire.protocol'], dir);
    expect(check.stderr).toContain('Every file is formatted.');
    expect(check.code).toBe(0);
    // Badly indented: fmt lays it out and writes it back with its byte order mark and CRLF.
    writeFileSync(join(dir, 'lincolnshire.protocol'), windows.replace('\r\n  title', '\r\n      title'));
    expect((await runCli(['fmt', 'lincolnshire.protocol'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'lincolnshire.protocol'), 'utf8')).toBe(windows);
  });
});

describe('a build folder inside the folder it builds', () => {
  it('is not read as input on the next build (its copies of the protocols would clash with their sources)', async () => {
    const { dir } = withLincolnshire();
    for (let build = 1; build <= 2; build++) {
      const result = await runCli(['build', '.', '--out', 'out', '--no-render'], dir);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toContain('Wrote 1 of 1 protocols to out/.');
    }
    // Named on its own, the folder is still read: only a search from above passes it by.
    expect((await runCli(['check', 'out'], dir)).code).toBe(0);
  });
});
