// @vitest-environment happy-dom
// Mermaid's own parser accepts every generated flowchart, and what it parses is what we meant: the
// hostile fixture's texts stay label text and never become a click, a link, a style, a directive or a node.
import mermaid from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import { mermaidFlowchart } from '../../compiler/emitters/mermaid/mermaid-flowchart.ts';
import { allCases } from './fixtures/cases.ts';
import { hostileMachine } from './fixtures/hostile.ts';

interface FlowVertex {
  id: string;
  text?: string;
  link?: string;
  haveCallback?: boolean;
  styles: string[];
}
interface FlowDb {
  getVertices(): Map<string, FlowVertex>;
  getEdges(): Array<{ start: string; end: string; text: string }>;
  getClasses(): Map<string, unknown>;
  getSubGraphs(): Array<{ id: string }>;
  getTooltip(id: string): string | undefined;
  getAccTitle(): string;
}

async function parsedDb(source: string): Promise<FlowDb> {
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
  return diagram.db as unknown as FlowDb;
}

beforeAll(() => {
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
});

describe.each(allCases())('Mermaid parses the flowchart of $name', ({ machine }) => {
  it('as a flowchart, with no config beyond our own front matter', async () => {
    const result = await mermaid.parse(mermaidFlowchart(machine));
    expect(result).toMatchObject({ diagramType: 'flowchart-v2' });
    const config = (result as unknown as { config: Record<string, unknown> }).config;
    expect(Object.keys(config).sort()).toEqual(['flowchart', 'handDrawnSeed', 'look', 'theme', 'themeCSS', 'themeVariables']);
  });

  it('with generated ids only, and nothing clickable or styled from a label', async () => {
    const db = await parsedDb(mermaidFlowchart(machine));
    const ids = [...db.getVertices().keys()].filter((id) => !/^k\d+$/.test(id));
    // `stages` appears as a vertex when a route starts or ends at the group of all stages.
    for (const id of ids) expect(id).toMatch(/^(start|stages|s\d+|o\d+(_\d+)?|x\d+|d\d+|a\d+)$/);
    for (const v of db.getVertices().values()) {
      expect(v.link).toBeUndefined();
      expect(v.haveCallback).toBeFalsy();
      expect(db.getTooltip(v.id)).toBeUndefined();
      expect(v.styles).toEqual([]);
    }
    expect([...db.getClasses().keys()].sort()).toEqual(['exit', 'outcome', 'stage', 'start', 'trigger']);
  });
});

describe('hostile protocol text', () => {
  it('stays inside its labels', async () => {
    const machine = hostileMachine();
    const db = await parsedDb(mermaidFlowchart(machine));
    const stageNodes = [...db.getVertices().keys()].filter((id) => /^s\d+$/.test(id));
    const groups = db.getSubGraphs().map((g) => g.id);
    // Every state is exactly one node or one group: no node was injected ("--> s9") and none lost.
    expect([...stageNodes, ...groups.filter((g) => /^s\d+$/.test(g))].sort()).toEqual(machine.states.map((_, i) => `s${i + 1}`).sort());
    expect(db.getVertices().has('s9')).toBe(false);
    expect(db.getClasses().has('x')).toBe(false);
    // Mermaid sees the text with our entities still encoded (placeholders), never the raw characters.
    const texts = [...db.getVertices().values()].map((v) => v.text ?? '').join('\n') + db.getEdges().map((e) => e.text).join('\n');
    expect(texts).not.toMatch(/<script|<img|javascript:|onerror=|%%\{|"/i);
    expect(db.getAccTitle()).not.toContain('"');
  });

  it('cannot switch the security level with a directive', async () => {
    const result = (await mermaid.parse(mermaidFlowchart(hostileMachine()))) as unknown as { config: Record<string, unknown> };
    expect(result.config.securityLevel).toBeUndefined();
    expect(JSON.stringify(result.config)).not.toContain('loose');
  });

  it('is rejected when written raw, which is what the escaping prevents', async () => {
    await expect(mermaid.parse('flowchart TD\n  s1["a "]); click s1 call alert(1)"]\n')).rejects.toThrow();
  });
});
