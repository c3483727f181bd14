// Issue 17, defects 2, 6 and 7: the build writes and deletes only inside a folder it owns (a marker
// file it creates), never through links, recovers what a killed build left, and lists only machine
// files it can read, reporting the others (W0504) instead of stopping.
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROTOCOLS_DIR, runCli } from '../helpers/protocols.ts';
import { OWNER_MARKER } from '../../cli/build/output-folder.ts';
import { leftovers } from './output-check.ts';

const SEFTON = join(PROTOCOLS_DIR, 'sefton.protocol');
const LINCOLNSHIRE = join(PROTOCOLS_DIR, 'lincolnshire.protocol');
/** Above any pid the kernel hands out (pid_max is at most 2^22): a build that is certainly gone. */
const DEAD_PID = 4_194_305;

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'stepladder-out-'));
}

const build = (out: string, ...files: string[]) => runCli(['build', ...(files.length ? files : [SEFTON]), '--out', out, '--no-render', '--format', 'json']);

describe('an output folder the build does not own', () => {
  it('is refused when not empty, and nothing in it changes', async () => {
    const out = scratch();
    mkdirSync(join(out, 'sefton'));
    writeFileSync(join(out, 'sefton', 'thesis.docx'), 'four years of work');
    writeFileSync(join(out, 'index.json'), '{"mine": true}');
    writeFileSync(join(out, 'schema.json'), '{"also mine": true}');
    const result = await build(out);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not empty and was not made by stepladder build, so nothing was written');
    expect(readFileSync(join(out, 'sefton', 'thesis.docx'), 'utf8')).toBe('four years of work');
    expect(readFileSync(join(out, 'index.json'), 'utf8')).toBe('{"mine": true}');
    expect(readFileSync(join(out, 'schema.json'), 'utf8')).toBe('{"also mine": true}');
    expect(readdirSync(out).sort()).toEqual(['index.json', 'schema.json', 'sefton']);
  });

  it('is refused for --out . in a project folder', async () => {
    const project = scratch();
    mkdirSync(join(project, 'src'));
    writeFileSync(join(project, 'package.json'), '{}');
    const result = await runCli(['build', SEFTON, '--out', '.', '--no-render'], project);
    expect(result.code).toBe(2);
    expect(readdirSync(project).sort()).toEqual(['package.json', 'src']);
  });

  it('is claimed when new or empty (marked), and an earlier unmarked build is adopted', async () => {
    const out = scratch();
    expect((await build(out)).code).toBe(0);
    expect(lstatSync(join(out, OWNER_MARKER)).isFile()).toBe(true);
    const fresh = join(scratch(), 'new', 'folder');
    expect((await build(fresh)).code).toBe(0);
    expect(existsSync(join(fresh, OWNER_MARKER))).toBe(true);
    // A folder written before the marker existed: index.json lists exactly its protocol folders.
    rmSync(join(out, OWNER_MARKER));
    expect((await build(out, LINCOLNSHIRE)).code).toBe(0);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    expect(index.protocols.map((p: { id: string }) => p.id)).toEqual(['lincolnshire', 'sefton']);
  });
});

describe('links inside the output folder', () => {
  it('are never written through: a linked protocol folder or cache is replaced, its target untouched', async () => {
    const out = scratch();
    expect((await build(out)).code).toBe(0);
    const elsewhere = scratch();
    writeFileSync(join(elsewhere, 'keep.txt'), 'not the build’s');
    rmSync(join(out, 'sefton'), { recursive: true });
    symlinkSync(elsewhere, join(out, 'sefton'));
    symlinkSync(elsewhere, join(out, '.cache'));
    expect((await build(out)).code).toBe(0);
    expect(lstatSync(join(out, 'sefton')).isDirectory()).toBe(true);
    expect(existsSync(join(out, 'sefton', 'machine.json'))).toBe(true);
    expect(existsSync(join(out, '.cache'))).toBe(false);
    expect(readdirSync(elsewhere)).toEqual(['keep.txt']);
  });
});

describe('a build killed between the two renames of a folder swap', () => {
  it('is recovered by the next build: the previous folder comes back and leftovers are removed', async () => {
    const out = scratch();
    expect((await build(out, SEFTON, LINCOLNSHIRE)).code).toBe(0);
    const before = readFileSync(join(out, 'sefton', 'machine.json'), 'utf8');
    // The state such a kill leaves: the old folder renamed aside, the new one still staged.
    renameSync(join(out, 'sefton'), join(out, `.retired-sefton-${DEAD_PID}`));
    mkdirSync(join(out, `.staging-sefton-${DEAD_PID}`));
    writeFileSync(join(out, `.staging-sefton-${DEAD_PID}`, 'machine.json'), '{"half": ');
    writeFileSync(join(out, `index.json.${DEAD_PID}.tmp`), '{');
    // The next build need not even include Sefton.
    const result = await build(out, LINCOLNSHIRE);
    expect(result.code).toBe(0);
    expect(readFileSync(join(out, 'sefton', 'machine.json'), 'utf8')).toBe(before);
    expect(leftovers(out)).toEqual([]);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    expect(index.protocols.map((p: { id: string }) => p.id)).toEqual(['lincolnshire', 'sefton']);
  });

  it('leaves the leftovers of a build that is still running alone', async () => {
    const out = scratch();
    expect((await build(out)).code).toBe(0);
    // This very process stands in for a build still running.
    const staging = `.staging-lincolnshire-${process.ppid}`;
    mkdirSync(join(out, staging));
    expect((await build(out)).code).toBe(0);
    expect(existsSync(join(out, staging))).toBe(true);
  });
});

describe('a machine.json in the output folder that the build did not write', () => {
  it.each([
    ['corrupt', '{"formatVersion": 1, "meta": '],
    ['foreign', '{"name": "some other tool"}'],
    ['another protocol', '{"formatVersion": 1, "id": "sefton", "meta": {"title": "Sefton"}, "calendar": {}}'],
  ])('(%s) is reported and left out of index.json; the build goes on', async (_kind, contents) => {
    const out = scratch();
    expect((await build(out)).code).toBe(0);
    mkdirSync(join(out, 'other'));
    writeFileSync(join(out, 'other', 'machine.json'), contents);
    const result = await build(out);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    const problems = report.files.flatMap((f: { diagnostics: Array<{ code: string; message: string }> }) => f.diagnostics).filter((d: { code: string }) => d.code === 'W0504');
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain('other/machine.json');
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    expect(index.protocols.map((p: { id: string }) => p.id)).toEqual(['sefton']);
  });
});
