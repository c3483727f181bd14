// The test run's order (test/helpers/sequencer.ts): of the files that share the run's fixture site,
// only the first starts early and the others go last, so no worker waits idle for its build.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedSiteLast, sharesFixtureSite } from '../helpers/sequencer.ts';

const TEST_DIR = join(import.meta.dirname, '..');

function testFiles(dir: string = TEST_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [relative(TEST_DIR, path)] : [];
  });
}

describe('the test sequencer', () => {
  it('keeps the first file that shares the site in place and moves the others to the end, in order', () => {
    const shares = (name: string) => name.startsWith('shared');
    expect(sharedSiteLast(['a', 'shared1', 'b', 'shared2', 'c', 'shared3'], shares)).toEqual(['shared1', 'a', 'b', 'c', 'shared2', 'shared3']);
    expect(sharedSiteLast(['a', 'b'], shares)).toEqual(['a', 'b']);
    expect(sharedSiteLast(['shared1', 'a'], shares)).toEqual(['shared1', 'a']);
  });

  it('finds exactly the test files that ask for the shared site', () => {
    const sharing = testFiles().filter((file) => sharesFixtureSite(readFileSync(join(TEST_DIR, file), 'utf8'))).sort();
    expect(sharing).toEqual(['simulator/browser.test.ts', 'site/editor.test.ts', 'site/site.test.ts']);
    // A file that builds a site of its own is not moved.
    expect(sharesFixtureSite("const served = useServedSite([file], { screenshots: SHOTS });")).toBe(false);
    expect(sharesFixtureSite("const served = useServedSite(seedFiles(), { screenshots: SHOTS, shared: true });")).toBe(true);
  });
});
