// The suite's own rules, checked: every test asserts something, a missing golden file fails instead
// of being written, and no test is focused or skipped.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const TEST_DIR = join(import.meta.dirname, '..');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'samples' || entry.name === 'fixtures' ? [] : testFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('test hygiene', () => {
  it('makes every test assert at least once (so an empty loop cannot pass silently)', () => {
    expect(expect.getState().isExpectingAssertions).toBe(true);
  });

  it('never writes a missing golden file unless asked to', () => {
    const mode = (expect.getState().snapshotState as unknown as { _updateSnapshot: string })._updateSnapshot;
    expect(mode).not.toBe('new');
    if (process.env.UPDATE_SNAPSHOTS !== 'true') expect(['none', 'all']).toContain(mode);
  });

  it('has no focused or skipped tests', () => {
    const files = testFiles(TEST_DIR);
    expect(files.length).toBeGreaterThan(20);
    const focused = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${relative(TEST_DIR, file)}:${i + 1}` }))
        .filter(({ line }) => /\b(?:it|test|describe)(?:\.each\([^)]*\))?\.(?:only|skip|todo)\b/.test(line) || /\b(?:fit|xit|fdescribe|xdescribe)\(/.test(line))
        .map(({ at }) => at),
    );
    expect(focused).toEqual([]);
  });
});
