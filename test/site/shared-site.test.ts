// The run's shared fixture site (shared-site.ts) with a stand-in builder: whoever asks first builds,
// everyone asking for the same site gets that one build, a failed build fails its waiters too, and
// another set of protocols or options is another site.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FixtureSite, FixtureSiteOptions } from './fixture-site.ts';
import { sharedFixtureSite, sharedSiteKey } from './shared-site.ts';

const runDir = mkdtempSync(join(tmpdir(), 'stepladder-shared-site-test-'));
afterAll(() => rmSync(runDir, { recursive: true, force: true }));

function countingBuilder(fail = false) {
  const builder = async (files: string[], options: FixtureSiteOptions = {}): Promise<FixtureSite> => {
    builder.calls.push(options.parent ?? '');
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (fail) throw new Error('astro build failed: nope');
    return { dir: join(options.parent ?? '', `site-${files.length}`), protocolsDir: 'p', buildDir: 'b', outDir: 'o', env: { A: '1' } };
  };
  builder.calls = [] as string[];
  return builder;
}

describe('a fixture site shared by the test files of one run', () => {
  it('is built once for everyone who asks for the same one, inside the run folder', async () => {
    const builder = countingBuilder();
    const asks = [0, 1, 2].map(() => sharedFixtureSite(runDir, ['a.protocol', 'b.protocol'], { render: true }, 5_000, builder));
    const sites = await Promise.all(asks);
    expect(builder.calls).toEqual([runDir]);
    expect(sites.every((s) => JSON.stringify(s) === JSON.stringify(sites[0]))).toBe(true);
    expect(sites[0]!.dir.startsWith(runDir)).toBe(true);
  });

  it('fails every waiter when the one build fails, with its reason', async () => {
    const builder = countingBuilder(true);
    const asks = [0, 1].map(() => sharedFixtureSite(runDir, ['c.protocol'], {}, 5_000, builder));
    const results = await Promise.allSettled(asks);
    expect(builder.calls).toHaveLength(1);
    expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'built'))).toEqual([
      'Error: astro build failed: nope',
      'Error: the shared fixture site failed to build in another test file:\nastro build failed: nope',
    ]);
  });

  it('keys the site by its protocols and options, not by who asks', () => {
    const key = sharedSiteKey(['a.protocol'], {});
    expect(sharedSiteKey(['a.protocol'], { render: true })).toBe(key);
    expect(sharedSiteKey(['a.protocol'], { render: false })).not.toBe(key);
    expect(sharedSiteKey(['a.protocol', 'b.protocol'], {})).not.toBe(key);
    expect(sharedSiteKey(['a.protocol'], { env: { STEPLADDER_TODAY: '2026-12-01' } })).not.toBe(key);
  });
});
