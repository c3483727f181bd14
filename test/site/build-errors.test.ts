// A protocol with errors stops the site build with exactly the report `stepladder check` prints, before
// any page is written; warnings alone do not stop it.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, FIXTURES_DIR, fixtureFolders, runNode, STEPLADDER_BIN } from './fixture-site.ts';

const broken = fixtureFolders([join(FIXTURES_DIR, 'errors', 'broken.protocol'), join(FIXTURES_DIR, 'protocols', 'hostile.protocol')]);

afterAll(() => rmSync(broken.dir, { recursive: true, force: true }));

describe('site build with protocol errors', () => {
  it('fails with the same diagnostics as stepladder check and writes nothing', async () => {
    const check = await runNode([STEPLADDER_BIN, 'check', broken.protocolsDir]);
    expect(check.code).toBe(1);
    const build = await astroBuild(broken.env);
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('The site was not built: a protocol has errors.');
    expect(build.output).toContain(check.output.trim());
    expect(build.output).toContain('error[E0101]: There is no role called');
    expect(existsSync(broken.outDir)).toBe(false);
  });
});
