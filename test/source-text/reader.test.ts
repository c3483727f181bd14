// The CLI's reader of the source text a protocol names: it reads the way protocol files are read
// (regular files only, a size cap, UTF-8 only, a byte order mark dropped), so a protocol cannot make
// the CLI print a device, follow a link out of its folder or hang on a pipe.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceTextReader } from '../../cli/source-texts.ts';
import { MAX_PROTOCOL_BYTES } from '../../cli/read-protocol-file.ts';

function folder(): { dir: string; read: (name: string) => ReturnType<ReturnType<typeof sourceTextReader>> } {
  const dir = mkdtempSync(join(tmpdir(), 'stepladder-source-reader-'));
  return { dir, read: sourceTextReader(dir, 'x.protocol') };
}

describe('the source text reader', () => {
  it('reads a UTF-8 file beside the protocol and drops its byte order mark', () => {
    const { dir, read } = folder();
    writeFileSync(join(dir, 'x.source.txt'), '\uFEFFStep 1. Talk first.\n');
    expect(read('x.source.txt')).toEqual({ text: 'Step 1. Talk first.\n' });
  });

  it('refuses a link, even to a file beside it', () => {
    const { dir, read } = folder();
    writeFileSync(join(dir, 'real.txt'), 'text');
    symlinkSync('/etc/passwd', join(dir, 'passwd.txt'));
    symlinkSync(join(dir, 'real.txt'), join(dir, 'link.txt'));
    expect(read('passwd.txt')).toEqual({ error: 'it is not a regular file' });
    expect(read('link.txt')).toEqual({ error: 'it is not a regular file' });
  });

  it('refuses a named pipe at once instead of waiting for a writer', () => {
    const { dir, read } = folder();
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    expect(read('pipe.txt')).toEqual({ error: 'it is not a regular file' });
  });

  it('refuses a file over the size cap and one that is not UTF-8, saying what it looks like', () => {
    const { dir, read } = folder();
    writeFileSync(join(dir, 'big.txt'), Buffer.alloc(MAX_PROTOCOL_BYTES + 10, 0x61));
    expect(read('big.txt')).toEqual({ error: `it is larger than ${MAX_PROTOCOL_BYTES / (1024 * 1024)} MB` });
    writeFileSync(join(dir, 'cp1252.txt'), Buffer.from([0x53, 0x74, 0x65, 0x70, 0x20, 0x93, 0x31, 0x94, 0x0a]));
    const result = read('cp1252.txt');
    expect('error' in result && result.error).toMatch(/^it is not UTF-8: it looks like Windows-1252/);
  });

  it('refuses names with a folder in them and files that do not exist', () => {
    const { read } = folder();
    expect(read('../x.txt')).toEqual({ error: "it must be a file in the protocol's own folder, named without a path" });
    expect(read('missing.txt')).toEqual({ error: "there is no such file in the protocol's folder" });
  });
});
