// Comparing two versions of a protocol: golden text and JSON per sample (samples/<case>/before.protocol
// and after.protocol), properties that hold for every pair of seeds, and the `stepladder diff` command.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { amendmentLog, diffMachines, renamesOf, renderAmendmentsHtml, renderAmendmentsMarkdown, renderDiffText, type Change, type MachineDiff, type Rename } from '../../compiler/diff/index.ts';
import { compileSource, createCompilerTools } from '../../compiler/index.ts';
import type { Machine } from '../../compiler/ir/types.ts';
import { stableStringify } from '../../compiler/stable-json.ts';
import { compileSeeds } from '../engine/fixtures.ts';
import { runCli } from '../helpers/protocols.ts';

const SAMPLES = join(import.meta.dirname, 'samples');
const tools = createCompilerTools();

function compileFile(path: string): Machine {
  const { machine, diagnostics } = compileSource(readFileSync(path, 'utf8'), path, tools);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!machine || errors.length > 0) throw new Error(`${path}: ${errors.map((d) => d.message).join('; ')}`);
  return machine;
}

describe.each(readdirSync(SAMPLES).sort())('sample %s', (name) => {
  const before = compileFile(join(SAMPLES, name, 'before.protocol'));
  const after = compileFile(join(SAMPLES, name, 'after.protocol'));
  const diff = diffMachines(before, after);

  it('reads as the golden text', async () => {
    const text = renderDiffText(diff, before, after, { before: 'before.protocol', after: 'after.protocol' });
    await expect(text).toMatchFileSnapshot(join(SAMPLES, name, 'diff.txt'));
  });

  it('is the golden JSON', async () => {
    await expect(stableStringify(diff)).toMatchFileSnapshot(join(SAMPLES, name, 'diff.json'));
  });

  it('gives the golden amendment log, in Markdown and HTML', async () => {
    const log = amendmentLog(diff, before, after);
    await expect(renderAmendmentsMarkdown(log)).toMatchFileSnapshot(join(SAMPLES, name, 'amendments.md'));
    await expect(renderAmendmentsHtml(log)).toMatchFileSnapshot(join(SAMPLES, name, 'amendments.html'));
  });

  it('is the mirror of the reverse comparison', () => {
    expect(mirrored(diff, diffMachines(after, before))).toBe(true);
  });
});

const seeds = Object.entries(compileSeeds());
const pairs = seeds.flatMap(([a, ma]) => seeds.filter(([b]) => b !== a).map(([b, mb]) => [`${a} → ${b}`, ma, mb] as const));
const mirror = { added: 'removed', removed: 'added', changed: 'changed' } as const;
const signature = (c: Change, kind: Change['kind'] = c.kind, renames: readonly Rename[] = []) => {
  // A renamed item is named by its id in the later version either way round; a route by its parts.
  const ids = new Map(renames.filter((r) => c.section === 'transitions' || r.section === c.section).map((r) => [r.after, r.before]));
  const item = c.item?.split('.').map((part) => ids.get(part) ?? part).join('.');
  return `${c.section}|${item}|${c.property}|${kind}`;
};

/** Whether `back` (after → before) lists the same changes as `diff`, with added and removed swapped. */
function mirrored(diff: MachineDiff, back: MachineDiff): boolean {
  const there = diff.changes.map((c) => signature(c)).sort();
  const again = back.changes.map((c) => signature(c, mirror[c.kind], renamesOf(back))).sort();
  return stableStringify(there) === stableStringify(again);
}

describe('every seed', () => {
  it.each(seeds)('%s compared with itself has no changes', (_name, machine) => {
    expect(diffMachines(machine, structuredClone(machine)).changes).toEqual([]);
  });
});

describe.each(pairs)('%s', (_name, before, after) => {
  const diff = diffMachines(before, after);

  it('is the mirror of the reverse comparison', () => {
    expect(mirrored(diff, diffMachines(after, before))).toBe(true);
  });

  it('never says a value changed to itself', () => {
    const text = renderDiffText(diff, before, after, { before: 'a', after: 'b' });
    for (const line of text.split('\n')) {
      const arrow = /^\s+[^:]+: (.+) → (.+)$/.exec(line);
      if (arrow) expect(arrow[1], line).not.toBe(arrow[2]);
    }
    expect(text).not.toMatch(/\bundefined\b|\[object Object\]/);
  });
});

describe('stepladder diff', () => {
  const sample = (name: string, file: string) => join(SAMPLES, name, file);

  it('prints the changes and exits 0, or 1 with --exit-code', async () => {
    const args = ['diff', sample('sefton-new-version', 'before.protocol'), sample('sefton-new-version', 'after.protocol')];
    const plain = await runCli(args);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^Comparing .*before\.protocol \(sefton\) with .*after\.protocol \(sefton, version 2\): \d+ changes\.\n/);
    expect((await runCli([...args, '--exit-code'])).code).toBe(1);
  });

  it('exits 0 with --exit-code when nothing changed', async () => {
    const { code, stdout } = await runCli(['diff', 'protocols/sefton.protocol', 'protocols/sefton.protocol', '--exit-code']);
    expect(code).toBe(0);
    expect(stdout).toContain('no differences.');
  });

  it('prints stable JSON with the file names', async () => {
    const { code, stdout } = await runCli(['diff', '--format', 'json', sample('identical', 'before.protocol'), sample('identical', 'after.protocol')]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ changes: [], before: { id: 'warwickshire' }, after: { id: 'warwickshire' } });
    expect(JSON.parse(stdout).before.file).toMatch(/before\.protocol$/);
  });

  it('reads a compiled machine.json, such as the one the site publishes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepladder-diff-'));
    const published = join(dir, 'machine.json');
    writeFileSync(published, stableStringify(compileFile(sample('sefton-new-version', 'before.protocol'))));
    const { code, stdout } = await runCli(['diff', published, sample('sefton-new-version', 'after.protocol')]);
    expect(code).toBe(0);
    expect(stdout).toContain('~ version: none → "2"');
  });

  it('refuses a protocol with errors, showing them, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepladder-diff-'));
    writeFileSync(join(dir, 'broken.protocol'), 'protocol broken {\n  title "Broken"\n}\n');
    const { code, stderr } = await runCli(['diff', 'broken.protocol', join(SAMPLES, 'identical', 'after.protocol')], dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/error\[E\d{4}\]/);
    expect(stderr).toContain('cannot compare a protocol that has errors');
  });

  it('is a usage error (exit 2) for a folder, a missing file or a JSON file that is not a machine', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepladder-diff-'));
    writeFileSync(join(dir, 'other.json'), '{"hello": 1}');
    expect((await runCli(['diff', 'protocols', 'protocols/sefton.protocol'])).stderr).toContain("diff compares two files; 'protocols' holds 5 protocols.");
    expect((await runCli(['diff', 'nowhere.protocol', 'protocols/sefton.protocol'])).code).toBe(2);
    const notMachine = await runCli(['diff', 'other.json', join(SAMPLES, 'identical', 'after.protocol')], dir);
    expect(notMachine.code).toBe(2);
    expect(notMachine.stderr).toContain("'other.json' is not a compiled protocol this version reads");
  });
});

describe('docs/diff.md', () => {
  it('shows the real output of the sefton sample', () => {
    const docs = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'diff.md'), 'utf8');
    const example = /```text\n([\s\S]*?)```/.exec(docs)?.[1] ?? '';
    const golden = readFileSync(join(SAMPLES, 'sefton-new-version', 'diff.txt'), 'utf8');
    expect(example.length).toBeGreaterThan(200);
    expect(golden.startsWith(example)).toBe(true);
  });
});
