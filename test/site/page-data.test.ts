// What each seed's page says, as data: stages, timescale rows, downloads and the parsed text version
// of the flowchart, kept as golden files per seed (samples/<seed>/page-data.json) and reviewed in diffs.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCompilerTools } from '../../compiler/index.ts';
import { emitProtocol } from '../../cli/build/emit-protocol.ts';
import { downloadGroups } from '../../site/src/utils/downloads.ts';
import { parseFlowText, parseInline } from '../../site/src/utils/flow-text.ts';
import { fileText, loadProtocols } from '../../site/src/utils/load-protocols.ts';
import { protocolPage } from '../../site/src/utils/protocol-page.ts';
import { collectRendered } from '../../site/src/utils/rendered-artefacts.ts';
import { drawnFromHash, RENDERINGS_FILE } from '../../cli/build/renderings.ts';
import { resolveSettings } from '../../site/src/utils/site-settings.ts';
import { timescaleRows } from '../../site/src/utils/timescales.ts';
import { ROOT } from './fixture-site.ts';

const SAMPLES = join(import.meta.dirname, 'samples');
// An empty build folder: the golden data must not depend on whether someone ran `stepladder build`.
const settings = { ...resolveSettings(ROOT, {}), buildDir: join(tmpdir(), 'stepladder-site-no-build') };
const protocols = loadProtocols(settings);

describe('page data of the seeds', () => {
  it.each(protocols.map((p) => p.id))('%s', async (id) => {
    const protocol = protocols.find((p) => p.id === id)!;
    expect(protocol.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const page = protocolPage({ ...protocol, machine: protocol.machine! });
    // Sizes and the flowchart's text version belong to other emitters; they are checked elsewhere.
    const list = (items: typeof page.downloads.practitioners) => items.map(({ path, label, format }) => ({ path, label, format }));
    const data = {
      headings: page.headings,
      stages: page.stages,
      timescales: timescaleRows(page.machine),
      downloads: { practitioners: list(page.downloads.practitioners), developers: list(page.downloads.developers) },
      formFiles: page.formFiles,
    };
    expect(page.flowText && parseFlowText(page.flowText).length).toBeGreaterThan(0);
    await expect(`${JSON.stringify(data, null, 2)}\n`).toMatchFileSnapshot(join(SAMPLES, id, 'page-data.json'));
    // Every form a stage records in has a download, and headings are unique anchors.
    for (const form of page.machine.forms) expect(page.formFiles[form.id], form.id).toBeDefined();
    expect(new Set(page.headings.map((h) => h.slug)).size).toBe(page.headings.length);
  });
});

describe('form downloads', () => {
  it('describe a log as a log and a form as a form', () => {
    const sefton = protocols.find((p) => p.id === 'sefton')!;
    const page = protocolPage({ ...sefton, machine: sefton.machine! });
    const description = (path: string) => page.downloads.practitioners.find((d) => d.path === path)?.description;
    expect(description('forms/summary_log.html')).toBe('Blank log to print and keep: one row per case.');
    expect(description('forms/report_to_sscp.html')).toBe('Blank form to print and complete.');
  });
});

describe('flowchart text version', () => {
  it('reads escapes, bold and nested lists, and never produces markup', () => {
    expect(parseInline('**Step 1 \\*x\\*** &lt;script&gt; a\\_b')).toEqual([
      { text: 'Step 1 *x*', strong: true },
      { text: ' <script> a_b', strong: false },
    ]);
    const blocks = parseFlowText('# T\n\nIntro.\n\n1. **A**\n   - fact\n   1. **A.1**\n      - deep\n2. **B**\n- end\n');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'list']);
    const first = blocks[2]!;
    if (first.kind !== 'list') throw new Error('expected a list');
    expect(first.ordered).toBe(true);
    expect(first.items.map((i) => i.content[0]!.text)).toEqual(['A', 'B']);
    expect(first.items[0]!.children.map((c) => c.kind === 'list' && c.ordered)).toEqual([false, true]);
  });
});

describe('rendered files from the build folder', () => {
  it('uses renderings only when they were made from the current outputs', () => {
    const tools = createCompilerTools();
    const source = readFileSync(join(ROOT, 'protocols', 'sefton.protocol'), 'utf8');
    const fresh = emitProtocol('protocols/sefton.protocol', source, tools).files;
    const dir = mkdtempSync(join(tmpdir(), 'stepladder-rendered-'));
    try {
      const folder = join(dir, 'sefton');
      mkdirSync(join(folder, 'forms'), { recursive: true });
      expect(collectRendered(dir, 'sefton', fresh).missing).toContain('flowchart.svg');
      const mmd = fileText(fresh.find((f) => f.path === 'flowchart.mmd')!);
      writeFileSync(join(folder, 'flowchart.mmd'), mmd);
      writeFileSync(join(folder, 'flowchart.svg'), '<svg/>');
      writeFileSync(join(folder, 'briefing.html'), 'an older briefing');
      writeFileSync(join(folder, 'briefing.pdf'), '%PDF-old');
      // What the build drew each from: the current chart, and the older briefing.
      writeFileSync(join(folder, RENDERINGS_FILE), JSON.stringify({ 'flowchart.svg': drawnFromHash(mmd), 'briefing.pdf': drawnFromHash('an older briefing') }));
      const result = collectRendered(dir, 'sefton', fresh);
      expect(result.files.map((f) => f.path)).toEqual(['flowchart.svg']);
      expect(result.stale).toEqual(['briefing.pdf']);
      expect(result.missing).toContain('flowchart.png');
      // Without a PDF the page offers the printable HTML instead.
      const machine = emitProtocol('protocols/sefton.protocol', source, tools).machine!;
      expect(downloadGroups(machine, [...fresh, ...result.files]).practitioners[0]!.path).toBe('briefing.html');

      // A picture the build drew from another text is refused, whatever text was written beside it:
      // two versions of one protocol once had their pictures swapped this way.
      writeFileSync(join(folder, RENDERINGS_FILE), JSON.stringify({ 'flowchart.svg': drawnFromHash(`${mmd}  %% another version\n`) }));
      expect(collectRendered(dir, 'sefton', fresh).stale).toEqual(['flowchart.svg', 'briefing.pdf']);
      // A briefing PDF shows the flowchart: it is current only if drawn from the current HTML and the
      // current chart source, so a PDF holding another version's chart is refused even beside current HTML.
      const html = fileText(fresh.find((f) => f.path === 'briefing.html')!);
      writeFileSync(join(folder, 'briefing.pdf'), '%PDF-new');
      const pdfDrawnFrom = (...texts: string[]) => {
        writeFileSync(join(folder, RENDERINGS_FILE), JSON.stringify({ 'briefing.pdf': drawnFromHash(...texts) }));
        return collectRendered(dir, 'sefton', fresh);
      };
      expect(pdfDrawnFrom(html, `${mmd}  %% another version\n`).stale).toContain('briefing.pdf');
      expect(pdfDrawnFrom(html).stale).toContain('briefing.pdf');
      expect(pdfDrawnFrom(html, mmd).files.map((f) => f.path)).toEqual(['briefing.pdf']);
      // Without the build's record (a folder from before it existed, or hand-made), nothing is used.
      rmSync(join(folder, RENDERINGS_FILE));
      expect(collectRendered(dir, 'sefton', fresh).files).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
