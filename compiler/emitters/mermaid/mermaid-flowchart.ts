// Builds the Mermaid source of a protocol's flowchart from the IR: a top-down chain of stages (levels
// grouped in their stage's subgraph), each stage row ending in its own outcome shape, routes as
// labelled edges, discretionary starts and exits drawn dashed with shapes of their own, and a key.
import type { Machine, State, Transition } from '../../ir/types.ts';
import { routesBySource } from '../../ir/routes-by-source.ts';
import { routeDutyTexts, routeLabel } from './flow-describe.ts';
import { accessibleText, quotedLabel } from './mermaid-escape.ts';
import { assignIds, type FlowIds, STAGES_GROUP_ID, START_ID } from './mermaid-ids.ts';
import { legendLines, type LegendNeeds } from './mermaid-legend.ts';
import {
  anyStageNode,
  discretionaryNode,
  edgeLabel,
  exitNode,
  groupTitle,
  outcomeNode,
  stageNode,
  startNode,
} from './mermaid-nodes.ts';
import { classDefLines, DASHED_LINK_STYLE, frontMatterLines, LABEL_WIDTH, type NodeClass } from './mermaid-theme.ts';
import { describeChart } from './mermaid-summary.ts';

type Arrow = 'solid' | 'thick' | 'dashed';
const ARROWS: Record<Arrow, string> = { solid: '-->', thick: '==>', dashed: '-.->' };

interface Chart {
  lines: string[];
  classes: Map<NodeClass, string[]>;
  /** Outcome nodes already declared (the same members as the 'outcome' class, for lookups). */
  drawnOutcomes: Set<string>;
  needs: LegendNeeds;
  /** Lookups built once per chart, so a large protocol is drawn in linear time. */
  index: ChartIndex;
}

interface ChartIndex {
  stateById: Map<string, State>;
  outcomeById: Map<string, Machine['outcomes'][number]>;
  /** Each stage's own routes, in protocol order. */
  transitionsFrom: Map<string, Transition[]>;
}

/** The first of each id wins, as `find` would. */
function firstById<T extends { id: string }>(items: T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

function chartIndex(machine: Machine): ChartIndex {
  const transitionsFrom = routesBySource(machine);
  return { stateById: firstById(machine.states), outcomeById: firstById(machine.outcomes), transitionsFrom };
}

function addClass(chart: Chart, cls: NodeClass, id: string): void {
  const members = chart.classes.get(cls);
  if (members) members.push(id);
  else chart.classes.set(cls, [id]);
  if (cls === 'outcome') chart.drawnOutcomes.add(id);
}

function arrowFor(t: Transition): Arrow {
  if (t.targetKind === 'exit') return 'dashed';
  return t.event === 'urgent' ? 'thick' : 'solid';
}

function edge(chart: Chart, from: string, arrow: Arrow, label: string | null, to: string): void {
  if (arrow === 'thick') chart.needs.urgent = true;
  chart.lines.push(`  ${from} ${ARROWS[arrow]}${label === null ? '' : edgeLabel(label)} ${to}`);
}

/** Outcome copies that end a stage's row are declared beside the stage, so they sit in the same container. */
function outcomeDeclarations(machine: Machine, ids: FlowIds, state: State, indent: string, chart: Chart): string[] {
  const lines: string[] = [];
  for (const t of chart.index.transitionsFrom.get(state.id) ?? []) {
    if (t.targetKind !== 'outcome') continue;
    const outcome = chart.index.outcomeById.get(t.target);
    const node = ids.outcomeNode(t);
    if (!outcome || chart.drawnOutcomes.has(node)) continue;
    lines.push(`${indent}${outcomeNode(node, machine, outcome)}`);
    addClass(chart, 'outcome', node);
  }
  return lines;
}

function declareState(machine: Machine, ids: FlowIds, state: State, indent: string, chart: Chart): void {
  const id = ids.state.get(state.id) ?? 's0';
  if (state.levels.length > 0) {
    chart.lines.push(`${indent}subgraph ${id}[${groupTitle(machine, state)}]`, `${indent}  direction TB`);
    for (const levelId of state.levels) {
      const level = chart.index.stateById.get(levelId);
      if (level) declareState(machine, ids, level, `${indent}  `, chart);
    }
    chart.lines.push(...outcomeDeclarations(machine, ids, state, `${indent}  `, chart), `${indent}end`);
    return;
  }
  chart.lines.push(`${indent}${stageNode(id, machine, state)}`, ...outcomeDeclarations(machine, ids, state, indent, chart));
  addClass(chart, 'stage', id);
}

function declareNodes(machine: Machine, ids: FlowIds, chart: Chart): void {
  chart.lines.push(`  ${startNode(START_ID)}`);
  addClass(chart, 'start', START_ID);
  chart.lines.push(`  subgraph ${STAGES_GROUP_ID}["Escalation stages"]`, '    direction TB');
  // Phases group consecutive stages without wrapper stages: a titled box around them.
  const phases = machine.phases ?? [];
  // Which phase a stage opens (the first one, as findIndex would), which stages are in one, which close one.
  const opens = new Map<string, number>();
  phases.forEach((ph, p) => {
    if (ph.states[0] !== undefined && !opens.has(ph.states[0])) opens.set(ph.states[0], p);
  });
  const inAPhase = new Set(phases.flatMap((ph) => ph.states));
  const closes = new Set(phases.flatMap((ph) => (ph.states.length > 0 ? [ph.states[ph.states.length - 1]!] : [])));
  for (const state of machine.states.filter((s) => s.parent === null)) {
    const p = opens.get(state.id) ?? -1;
    const phase = phases[p];
    if (phase) {
      chart.lines.push(`    subgraph p${p + 1}[${quotedLabel([{ text: phase.title, bold: true }], LABEL_WIDTH * 2)}]`, '      direction TB');
    }
    declareState(machine, ids, state, inAPhase.has(state.id) ? '      ' : '    ', chart);
    if (closes.has(state.id)) chart.lines.push('    end');
  }
  chart.lines.push('  end');
  // Outcomes reached only from "any stage" (or from nowhere) still get drawn, outside the stages.
  for (const { outcome, node } of ids.outcomeNodes) {
    if (chart.drawnOutcomes.has(node)) continue;
    const o = chart.index.outcomeById.get(outcome);
    if (o) chart.lines.push(`  ${outcomeNode(node, machine, o)}`);
    addClass(chart, 'outcome', node);
  }
  for (const exit of machine.exits) {
    const id = ids.exit.get(exit.id) ?? 'x0';
    chart.lines.push(`  ${exitNode(id, exit)}`);
    addClass(chart, 'exit', id);
    chart.needs.exit = true;
  }
}

function declareRoutes(machine: Machine, ids: FlowIds, chart: Chart): void {
  edge(chart, START_ID, 'solid', null, ids.state.get(machine.initial) ?? 's0');
  machine.discretionaryStarts.forEach((start, i) => {
    const id = `d${i + 1}`;
    chart.lines.push(`  ${discretionaryNode(id, machine, start)}`);
    addClass(chart, 'trigger', id);
    chart.needs.trigger = true;
    if (start.any || start.targets.length === 0) edge(chart, id, 'dashed', 'Any stage', STAGES_GROUP_ID);
    for (const target of start.any ? [] : start.targets) edge(chart, id, 'dashed', null, ids.state.get(target) ?? 's0');
  });
  let triggers = 0;
  // Routes between stages first, then the ends: the source reads as the ladder it draws.
  const chainFirst = [...machine.transitions].sort((a, b) => Number(a.targetKind !== 'state') - Number(b.targetKind !== 'state'));
  for (const t of chainFirst) {
    const target =
      t.targetKind === 'outcome' ? ids.outcomeNode(t) : t.targetKind === 'exit' ? ids.exit.get(t.target) : ids.state.get(t.target);
    if (target === undefined) continue;
    if (t.source !== null) {
      edge(chart, ids.state.get(t.source) ?? 's0', arrowFor(t), labelWithDuties(machine, t), target);
    } else if (t.targetKind === 'state') {
      // A route into a stage from "any stage" cannot start at the group that contains its target.
      const id = `a${++triggers}`;
      chart.lines.push(`  ${anyStageNode(id)}`);
      addClass(chart, 'trigger', id);
      chart.needs.trigger = true;
      edge(chart, id, 'dashed', labelWithDuties(machine, t), target);
    } else {
      edge(chart, STAGES_GROUP_ID, 'dashed', labelWithDuties(machine, t), target);
    }
  }
}

/** A route's label, then what taking it obliges people to do ("Not resolved · ✉ Notify …"). */
function labelWithDuties(machine: Machine, t: Transition): string {
  return [routeLabel(machine, t), ...routeDutyTexts(machine, t).map((d) => (d.startsWith('Record') ? `✎ ${d}` : `✉ ${d}`))].join(' · ');
}

const EDGE_LINE = /^\s*[a-z][a-z0-9_]* (-->|==>|-\.->)/;

/**
 * Mermaid numbers edges in the order they are written; linkStyle refers to them by that number. One edge
 * per line, and a label can never contain an arrow (`>` is always escaped), so counting lines is exact.
 */
function dashedEdgeIndexes(lines: string[]): number[] {
  const indexes: number[] = [];
  let index = 0;
  for (const line of lines) {
    const match = EDGE_LINE.exec(line);
    if (!match) continue;
    if (match[1] === '-.->') indexes.push(index);
    index++;
  }
  return indexes;
}

/** The complete `flowchart.mmd` text. Same IR, same bytes. */
export function mermaidFlowchart(machine: Machine): string {
  const ids = assignIds(machine);
  const chart: Chart = {
    lines: [],
    classes: new Map(),
    drawnOutcomes: new Set(),
    needs: { urgent: false, exit: false, trigger: false },
    index: chartIndex(machine),
  };
  chart.lines.push(...frontMatterLines(), 'flowchart TD');
  chart.lines.push(`  accTitle: ${accessibleText(`Flowchart: ${machine.meta.title}`)}`);
  chart.lines.push(`  accDescr: ${accessibleText(describeChart(machine))}`);
  declareNodes(machine, ids, chart);
  declareRoutes(machine, ids, chart);
  chart.lines.push(...legendLines(chart.needs).map((l) => `  ${l}`));
  chart.lines.push(...classDefLines().map((l) => `  ${l}`));
  const dashed = dashedEdgeIndexes(chart.lines);
  if (dashed.length > 0) chart.lines.push(`  linkStyle ${dashed.join(',')} ${DASHED_LINK_STYLE}`);
  for (const [cls, members] of chart.classes) chart.lines.push(`  class ${members.join(',')} ${cls}`);
  return `${chart.lines.join('\n')}\n`;
}
