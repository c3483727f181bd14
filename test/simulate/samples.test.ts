// Golden outputs of `stepladder simulate`: each folder under samples/ holds the arguments
// (args.json) and the expected output (expected.json for --format json, expected.txt for text).
// The JSON is a contract for integrations (docs/simulate.md): a diff here is a change to it.
// Update with UPDATE_SNAPSHOTS=true (or -u) and review the diff.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/protocols.ts';

const SAMPLES = join(import.meta.dirname, 'samples');
const cases = readdirSync(SAMPLES).sort();

describe('stepladder simulate', () => {
  it('has samples', () => expect(cases.length).toBeGreaterThanOrEqual(4));

  it.each(cases)('%s', async (name) => {
    const args = JSON.parse(readFileSync(join(SAMPLES, name, 'args.json'), 'utf8')) as string[];
    const json = args.includes('json');
    const { code, stdout, stderr } = await runCli(['simulate', ...args]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    if (json) {
      const parsed = JSON.parse(stdout);
      expect(parsed).toMatchObject({ format: 'stepladder.simulation', formatVersion: 1 });
    }
    await expect(stdout).toMatchFileSnapshot(join(SAMPLES, name, json ? 'expected.json' : 'expected.txt'));
  });
});
