// Issue 17, defect 1: a build that cannot draw pictures (--no-render, no Chromium) never leaves the
// previous build's flowchart or PDFs next to the new text. It says so once per protocol (W0502), and
// the site then shows the text version. Pictures of the old source are planted as a previous build
// with rendering would have left them, so the test needs no browser.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROTOCOLS_DIR, runCli } from '../helpers/protocols.ts';
import { emitProtocol } from '../../cli/build/emit-protocol.ts';
import { createCompilerTools } from '../../compiler/index.ts';
import { collectRendered } from '../../site/src/utils/rendered-artefacts.ts';

const PICTURES = ['flowchart.svg', 'flowchart.png', 'briefing.pdf'];
const SEFTON = readFileSync(join(PROTOCOLS_DIR, 'sefton.protocol'), 'utf8');
// Any change of the source will do: the step's title is printed in the flowchart and the briefing.
const STEP1_TITLE = 'Step 1 – Direct Professional to Professional Discussion';
const NEW_TITLE = 'Step 1 – Professional to Professional Discussion (revised)';

function previousBuildWithPictures(env: NodeJS.ProcessEnv = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'stepladder-stale-'));
  const out = join(dir, 'out');
  // The protocol and the published text beside it that its passages are checked against.
  for (const name of readdirSync(PROTOCOLS_DIR).filter((n) => n.startsWith('sefton.'))) copyFileSync(join(PROTOCOLS_DIR, name), join(dir, name));
  return {
    dir,
    out,
    async buildOld() {
      expect((await runCli(['build', 'sefton.protocol', '--out', out, '--no-render'], dir, env)).code).toBe(0);
      // What a rendering build of the old source leaves beside its text.
      for (const picture of PICTURES) writeFileSync(join(out, 'sefton', picture), `picture of the 2-day version: ${picture}`);
    },
    changeStep1() {
      expect(SEFTON).toContain(STEP1_TITLE);
      writeFileSync(join(dir, 'sefton.protocol'), SEFTON.replace(STEP1_TITLE, NEW_TITLE));
    },
  };
}

describe('pictures of an older source are never published', () => {
  it('--no-render removes them, says so once for the protocol, and exits 0 (1 with --deny-warnings)', async () => {
    const build = previousBuildWithPictures();
    await build.buildOld();
    build.changeStep1();
    const result = await runCli(['build', 'sefton.protocol', '--out', build.out, '--no-render'], build.dir);
    expect(result.code).toBe(0);
    for (const picture of PICTURES) expect(existsSync(join(build.out, 'sefton', picture)), picture).toBe(false);
    const warnings = result.stderr.match(/warning\[W0502\][^\n]*/g) ?? [];
    expect(warnings).toEqual([expect.stringMatching(/'sefton' is published without its flowchart picture and its \d+ PDFs: rendering was turned off with --no-render\.$/)]);
    expect(readFileSync(join(build.out, 'sefton', 'flowchart.md'), 'utf8')).toContain(NEW_TITLE);

    const strict = await runCli(['build', 'sefton.protocol', '--out', build.out, '--no-render', '--deny-warnings'], build.dir);
    expect(strict.code).toBe(1);
  });

  it('a build without Chromium removes them too, and names the reason', async () => {
    const env = { STEPLADDER_CHROMIUM: '/nonexistent/chromium' };
    const build = previousBuildWithPictures(env);
    await build.buildOld();
    build.changeStep1();
    const result = await runCli(['build', 'sefton.protocol', '--out', build.out], build.dir, env);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('No Chromium was found');
    expect(result.stderr).toMatch(/'sefton' is published without its flowchart picture and its \d+ PDFs: no Chromium was found\./);
    for (const picture of PICTURES) expect(existsSync(join(build.out, 'sefton', picture)), picture).toBe(false);
    const index = JSON.parse(readFileSync(join(build.out, 'index.json'), 'utf8'));
    expect(index.protocols[0].files).not.toContain('flowchart.svg');
  });

  it('the site then finds no current picture and falls back to the text version', async () => {
    const build = previousBuildWithPictures();
    await build.buildOld();
    build.changeStep1();
    await runCli(['build', 'sefton.protocol', '--out', build.out, '--no-render'], build.dir);
    const source = readFileSync(join(build.dir, 'sefton.protocol'), 'utf8');
    const fresh = emitProtocol('sefton.protocol', source, createCompilerTools()).files;
    const rendered = collectRendered(build.out, 'sefton', fresh);
    expect(rendered.files).toEqual([]);
    expect(rendered.missing).toEqual(expect.arrayContaining(['flowchart.svg', 'flowchart.png', 'briefing.pdf']));
  });
});

describe('links in the build folder', () => {
  it('are never taken for renderings by the site', async () => {
    const { mkdtempSync: temp, mkdirSync, symlinkSync } = await import('node:fs');
    const source = readFileSync(join(PROTOCOLS_DIR, 'sefton.protocol'), 'utf8');
    const fresh = emitProtocol('sefton.protocol', source, createCompilerTools()).files;
    const out = temp(join(tmpdir(), 'stepladder-links-'));
    mkdirSync(join(out, 'sefton'));
    for (const file of fresh) if (file.path === 'flowchart.mmd') writeFileSync(join(out, 'sefton', file.path), file.contents);
    symlinkSync('/etc/passwd', join(out, 'sefton', 'flowchart.svg'));
    const rendered = collectRendered(out, 'sefton', fresh);
    expect(rendered.files.map((f) => f.path)).not.toContain('flowchart.svg');
    expect(rendered.missing).toContain('flowchart.svg');
  });
});
