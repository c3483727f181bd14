// Issue 17, defect 4: two files with the same protocol id never silently replace each other in the
// build folder. The same version twice is an error (E0184, as in `stepladder check`) and neither is
// written; versions that supersede one another publish the current one in the protocol's folder.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROTOCOLS_DIR, runCli } from '../helpers/protocols.ts';

const METADATA_ACK = /  acknowledge missing_metadata "[^"]*"\n/;

function withSefton(): { dir: string; source: string } {
  const dir = mkdtempSync(join(tmpdir(), 'stepladder-ids-'));
  for (const name of readdirSync(PROTOCOLS_DIR).filter((n) => n.startsWith('sefton.'))) copyFileSync(join(PROTOCOLS_DIR, name), join(dir, name));
  const source = readFileSync(join(dir, 'sefton.protocol'), 'utf8');
  expect(source).toMatch(METADATA_ACK);
  return { dir, source };
}

const codes = (stdout: string, file: string): string[] =>
  (JSON.parse(stdout) as { files: Array<{ file: string; diagnostics: Array<{ code: string }> }> }).files.find((f) => f.file === file)!.diagnostics.map((d) => d.code);

describe('two files with the same protocol id', () => {
  it('are an error when they are the same version, and neither is written', async () => {
    const { dir, source } = withSefton();
    writeFileSync(join(dir, 'copy.protocol'), source.replace('Step 1 –', 'Step One –'));
    const result = await runCli(['build', '.', '--out', 'out', '--no-render', '--format', 'json'], dir);
    expect(result.code).toBe(1);
    expect(codes(result.stdout, 'sefton.protocol')).toContain('E0184');
    expect(codes(result.stdout, 'copy.protocol')).toContain('E0184');
    expect(readdirSync(join(dir, 'out'))).not.toContain('sefton');
  });

  it('as two versions, publish the current one whatever the order of the files', async () => {
    const { dir, source } = withSefton();
    // The version lines are made up for the test; the seed states none.
    const version = (v: string, supersedes?: string) =>
      source.replace(METADATA_ACK, `  version "${v}"\n  effective 2025-0${v}-01\n${supersedes ? `  supersedes "${supersedes}"\n` : ''}`);
    // The current version's file comes first: written in file order, the earlier one would win.
    writeFileSync(join(dir, 'a-current.protocol'), version('2', '1'));
    writeFileSync(join(dir, 'sefton.protocol'), version('1'));
    const result = await runCli(['build', '.', '--out', 'out', '--no-render', '--format', 'json'], dir);
    expect(codes(result.stdout, 'a-current.protocol').filter((c) => c.startsWith('E'))).toEqual([]);
    const machine = JSON.parse(readFileSync(join(dir, 'out', 'sefton', 'machine.json'), 'utf8'));
    expect(machine.meta.version).toBe('2');
    // The earlier version is kept under it, at the site's address for it.
    const earlier = JSON.parse(readFileSync(join(dir, 'out', 'sefton', 'versions', '1', 'machine.json'), 'utf8'));
    expect(earlier.meta.version).toBe('1');
  });

  it('as two versions with an error in the current one, leave the folder as the last build wrote it', async () => {
    const { dir, source } = withSefton();
    const version = (v: string, supersedes?: string) =>
      source.replace(METADATA_ACK, `  version "${v}"\n  effective 2025-0${v}-01\n${supersedes ? `  supersedes "${supersedes}"\n` : ''}`);
    writeFileSync(join(dir, 'sefton.protocol'), version('1'));
    writeFileSync(join(dir, 'current.protocol'), version('2', '1'));
    expect((await runCli(['build', '.', '--out', 'out', '--no-render'], dir)).code).toBe(0);
    // Version 3 replaces 2 but has a syntax error: without it, version 2 would look current.
    writeFileSync(join(dir, 'current.protocol'), version('3', '2').replace('  title "', '  title 42 "'));
    writeFileSync(join(dir, 'v2.protocol'), version('2', '1'));
    const result = await runCli(['build', '.', '--out', 'out', '--no-render'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Wrote 0 of 3 protocols');
    const machine = JSON.parse(readFileSync(join(dir, 'out', 'sefton', 'machine.json'), 'utf8'));
    expect(machine.meta.version).toBe('2');
    expect(readdirSync(join(dir, 'out', 'sefton', 'versions'))).toEqual(['1']);
  });
});
