// The render pages turn off the sections of Mermaid's configuration a flowchart never reads (they made
// every node and edge copy about 1,000 settings: render/flowchart-page.ts, MERMAID_SECTIONS_USED).
// That must be a pure saving: every flowchart case, the shapes protocol and the hostile texts give the
// same SVG bytes with the whole configuration and with the trimmed one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSource, createCompilerTools } from '../../compiler/index.ts';
import { mermaidFlowchart } from '../../compiler/emitters/mermaid/mermaid-flowchart.ts';
import { type BrowserSession, openBrowser } from '../../render/browser.ts';
import { loadFonts } from '../../render/flowchart-fonts.ts';
import { openRenderPage } from '../../render/flowchart-page.ts';
import { allCases } from './fixtures/cases.ts';

const shapesFile = join(import.meta.dirname, '..', 'fixtures', 'shapes.protocol');
const shapes = compileSource(readFileSync(shapesFile, 'utf8'), 'shapes.protocol', createCompilerTools()).machine!;
const diagrams = [...allCases(), { name: 'shapes', machine: shapes }].map((c) => ({ name: c.name, source: mermaidFlowchart(c.machine) }));

let session: BrowserSession;
beforeAll(async () => {
  session = await openBrowser();
});
afterAll(async () => {
  await session?.close();
});

describe("Mermaid's configuration trimmed to the flowchart's sections", () => {
  it('draws every chart byte for byte as the whole configuration does', async () => {
    const fonts = loadFonts();
    const [trimmed, full] = await Promise.all([openRenderPage(session, fonts), openRenderPage(session, fonts, { fullConfig: true })]);
    try {
      for (const { name, source } of diagrams) {
        const [a, b] = await Promise.all([trimmed.render(`flowchart-${name}`, source), full.render(`flowchart-${name}`, source)]);
        expect('svg' in a ? a.svg.length : a.error, name).toBeGreaterThan(1000);
        expect(a, name).toEqual(b);
      }
    } finally {
      await Promise.all([trimmed.close(), full.close()]);
    }
    // A dozen charts drawn twice, on a busy two-core machine.
  }, 300_000);
});
