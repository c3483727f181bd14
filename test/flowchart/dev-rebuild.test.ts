// `stepladder dev`'s rebuilds on one kept browser (render/browser-keeper.ts): the `build` command run
// in-process twice, as dev runs it, with a protocol edited in between. The second build starts no
// browser and opens no page (it draws on the pages the first left), and writes exactly the bytes a
// one-off `stepladder build` of the edited protocol writes: flowchart SVG and PNG, every PDF, all of it.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../cli/main.ts';
import type { CliIO } from '../../cli/io.ts';
import { openBrowser } from '../../render/browser.ts';
import { browserKeeper, type KeptBrowser } from '../../render/browser-keeper.ts';
import { SEEDS_DIR } from '../site/fixture-site.ts';

const dir = mkdtempSync(join(tmpdir(), 'stepladder-dev-rebuild-'));
const protocols = join(dir, 'protocols');
const protocol = join(protocols, 'warwickshire.protocol');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(log: string[]): CliIO {
  return { out: (t) => log.push(t), err: (t) => log.push(t), color: false, cwd: dir, env: process.env, progress: false };
}

/** Every file under `folder`, by its path inside it. */
function filesOf(folder: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.set(relative(folder, path), readFileSync(path));
    }
  };
  walk(folder);
  return found;
}

describe('rebuilds on a kept browser (stepladder dev)', () => {
  it('start no browser and open no page after the first, and write what a one-off build writes', async () => {
    // The protocol and its published text, in a protocols folder as dev watches it.
    mkdirSync(protocols);
    for (const name of ['warwickshire.protocol', 'warwickshire.source.md']) copyFileSync(join(SEEDS_DIR, name), join(protocols, name));

    let launches = 0;
    const keeper = browserKeeper(process.env, (env) => {
      launches += 1;
      return openBrowser(env);
    });
    const log: string[] = [];
    const build = (out: string, services = { browser: keeper }) => run(['build', 'protocols', '--out', out], io(log), services);
    let kept: KeptBrowser;
    try {
      expect(await build('build')).toBe(0);
      kept = await keeper.use();
      const pagesAfterFirst = { render: [...kept.pages.render], raster: [...kept.pages.raster], pdf: kept.pages.pdf };
      expect(pagesAfterFirst.render.length).toBeGreaterThan(0);
      expect(pagesAfterFirst.raster.length).toBeGreaterThan(0);
      expect(pagesAfterFirst.pdf).not.toBeNull();

      const source = readFileSync(protocol, 'utf8');
      // A stage's title: it is drawn in the chart and printed in the PDFs, so all of them change.
      const edited = source.replace(/(\n\s*(?:stage|level) \w+ ")([^"]*)"/, (_, head: string, t: string) => `${head}${t}, revised"`);
      expect(edited).not.toBe(source);
      writeFileSync(protocol, edited);
      expect(await build('build')).toBe(0);
      expect(launches).toBe(1);
      // The same page objects, still open, and no others: the rebuild drew on them.
      expect(kept.pages.render).toEqual(pagesAfterFirst.render);
      expect(kept.pages.raster).toEqual(pagesAfterFirst.raster);
      expect(kept.pages.pdf).toBe(pagesAfterFirst.pdf);
      expect([...kept.pages.render, ...kept.pages.raster, kept.pages.pdf!].every((page) => page.alive())).toBe(true);
    } finally {
      await keeper.close();
    }
    expect(kept.session.browser.isConnected()).toBe(false);

    // A one-off build of the edited protocol, with its own browser and an empty cache.
    expect(await run(['build', 'protocols', '--out', 'fresh'], io(log), {})).toBe(0);
    const rebuilt = filesOf(join(dir, 'build', 'warwickshire'));
    const fresh = filesOf(join(dir, 'fresh', 'warwickshire'));
    expect([...rebuilt.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const path of ['flowchart.svg', 'flowchart.png', 'briefing.pdf']) expect(rebuilt.has(path), path).toBe(true);
    for (const [path, bytes] of fresh) expect(rebuilt.get(path)!.equals(bytes), path).toBe(true);
    // The edit reached the rebuilt chart, so the comparison is of a chart drawn on the kept pages.
    expect(rebuilt.get('flowchart.svg')!.toString('utf8')).toContain('revised');
  }, 300_000);
});
