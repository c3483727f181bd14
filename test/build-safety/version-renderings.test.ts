// Versions of one protocol kept side by side share an id. The build once keyed its pictures by that
// id, so one version's flowchart and PDFs were attached to the other: with the current version's file
// first, the build published the earlier version's flowchart and briefing PDF beside the current text.
// Each version must get the pictures of its own source, whatever the order of the files. The
// renderers here echo what they were given, so the test needs no browser and shows which source
// each picture was made from.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitProtocol, type EmittedProtocol } from '../../cli/build/emit-protocol.ts';
import { renderOutputs, type Renderers } from '../../cli/build/render-outputs.ts';
import { writeBuild } from '../../cli/build/write-build.ts';
import { drawnFromHash, RENDERINGS_FILE, showsFlowchart } from '../../cli/build/renderings.ts';
import { collectRendered } from '../../site/src/utils/rendered-artefacts.ts';
import { createCompilerTools } from '../../compiler/index.ts';
import type { BrowserSession } from '../../render/browser.ts';
import { noCache } from '../../render/cache.ts';

const SAMPLE = join(import.meta.dirname, '..', 'diff', 'samples', 'sefton-earlier-version');
// Made-up versions 1 and 2 of Sefton's protocol (test fixtures, see their headers).
const EARLIER = readFileSync(join(SAMPLE, 'before.protocol'), 'utf8');
const CURRENT = readFileSync(join(SAMPLE, 'after.protocol'), 'utf8');

const echo: Renderers = {
  flowcharts: async (_session, diagrams) =>
    diagrams.map((d) => ({ key: d.key, svg: `<svg>${d.source}</svg>`, png: new TextEncoder().encode(`png of ${d.source}`) })),
  pdfs: async (_session, documents) => documents.map((d) => ({ key: d.key, pdf: new TextEncoder().encode(`pdf of ${d.html}`), pages: 1 })),
};

const text = (p: EmittedProtocol, path: string): string[] =>
  p.files.filter((f) => f.path === path).map((f) => (typeof f.contents === 'string' ? f.contents : new TextDecoder().decode(f.contents)));

async function rendered(files: Array<[string, string]>): Promise<EmittedProtocol[]> {
  const tools = createCompilerTools();
  const protocols = files.map(([file, source]) => emitProtocol(file, source, tools));
  for (const p of protocols) expect(p.machine?.id).toBe('sefton');
  await renderOutputs(protocols, {} as BrowserSession, noCache(), echo);
  return protocols;
}

describe('two versions of one protocol, rendered in one build', () => {
  for (const order of ['current first', 'earlier first'] as const) {
    it(`each get the pictures of their own source (${order})`, async () => {
      const files: Array<[string, string]> = [['sefton/current.protocol', CURRENT], ['sefton/2019.protocol', EARLIER]];
      const protocols = await rendered(order === 'current first' ? files : files.reverse());
      for (const p of protocols) {
        const [mmd] = text(p, 'flowchart.mmd');
        expect(text(p, 'flowchart.svg')).toEqual([`<svg>${mmd}</svg>`]);
        expect(text(p, 'flowchart.png')).toEqual([`png of ${mmd}`]);
        const printables = p.files.filter((f) => /\.html$/.test(f.path) && !f.path.startsWith('flowchart'));
        expect(printables.length).toBeGreaterThan(0);
        for (const html of printables.map((f) => f.path).filter((path) => /^(briefing|forms\/|posters\/)/.test(path))) {
          expect(text(p, html.replace(/\.html$/, '.pdf'))).toEqual([`pdf of ${text(p, html)[0]}`]);
        }
      }
    });
  }

  it('publish the current version with its own flowchart and briefing PDF', async () => {
    const protocols = await rendered([['sefton/current.protocol', CURRENT], ['sefton/2019.protocol', EARLIER]]);
    const out = mkdtempSync(join(tmpdir(), 'stepladder-version-renderings-'));
    writeBuild(out, protocols, { render: true, noBrowser: null }, (path) => path);
    const published = (name: string) => readFileSync(join(out, 'sefton', name), 'utf8');
    expect(published('machine.json')).toContain('"version": "2"');
    // The step's title changed between the versions: the picture must show the current one.
    expect(published('flowchart.mmd')).toContain('Step 2 – Direct Manager<br/>to Manager Discussion');
    expect(published('flowchart.svg')).toBe(`<svg>${published('flowchart.mmd')}</svg>`);
    expect(published('briefing.pdf')).toBe(`pdf of ${published('briefing.html')}`);
    expect(published('briefing.pdf')).not.toContain('Line Manager Discussion');
  });

  it('publish the earlier version in versions/<its version>/, with its own pictures', async () => {
    const protocols = await rendered([['sefton/current.protocol', CURRENT], ['sefton/2019.protocol', EARLIER]]);
    const out = mkdtempSync(join(tmpdir(), 'stepladder-version-renderings-'));
    const { written } = writeBuild(out, protocols, { render: true, noBrowser: null }, (path) => path);
    expect(written).toBe(2);
    const earlier = (name: string) => readFileSync(join(out, 'sefton', 'versions', '1', name), 'utf8');
    expect(earlier('machine.json')).toContain('"version": "1"');
    expect(earlier('flowchart.mmd')).toContain('Step 2 – Line Manager');
    expect(earlier('flowchart.svg')).toBe(`<svg>${earlier('flowchart.mmd')}</svg>`);
    expect(earlier('briefing.pdf')).toBe(`pdf of ${earlier('briefing.html')}`);
    // The build's record of what each picture was drawn from, which the site checks before publishing it.
    for (const [folder, version] of [[['sefton'], protocols[0]!], [['sefton', 'versions', '1'], protocols[1]!]] as const) {
      const recorded = JSON.parse(readFileSync(join(out, ...folder, RENDERINGS_FILE), 'utf8')) as Record<string, string>;
      expect(recorded['flowchart.svg']).toBe(drawnFromHash(text(version, 'flowchart.mmd')[0]!));
      // The briefing shows the flowchart, so its PDF is recorded as drawn from both texts.
      expect(showsFlowchart(text(version, 'briefing.html')[0]!)).toBe(true);
      expect(recorded['briefing.pdf']).toBe(drawnFromHash(text(version, 'briefing.html')[0]!, text(version, 'flowchart.mmd')[0]!));
      const site = collectRendered(out, [...folder], version.files.filter((f) => !/\.(svg|png|pdf)$/.test(f.path)));
      expect([site.stale, site.missing]).toEqual([[], []]);
      expect(site.files.map((f) => f.path)).toEqual(expect.arrayContaining(['flowchart.svg', 'flowchart.png', 'briefing.pdf']));
    }
    // index.json lists the protocol once, as its current version, with the earlier one and its own files.
    type Listed = { id: string; version: string | null; files: string[]; earlier: Array<{ folder: string; version: string | null; effective: string | null; files: string[] }> };
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { protocols: Listed[] };
    const [listed, ...others] = index.protocols.filter((p) => p.id === 'sefton');
    expect(others).toEqual([]);
    expect(listed).toMatchObject({ version: '2', earlier: [{ folder: 'versions/1', version: '1', effective: '2019-09' }] });
    expect(listed!.files).toContain('flowchart.svg');
    expect(listed!.files.filter((f) => f.startsWith('versions/'))).toEqual([]);
    expect(listed!.earlier[0]!.files).toEqual(expect.arrayContaining(['machine.json', 'flowchart.svg', 'briefing.pdf']));
  });
});
