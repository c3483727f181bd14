// Node declarations of the flowchart: what each shape says. Stages carry their title, who meets whom,
// the timescale and what to record; outcomes are end shapes; exits and discretionary starts have shapes
// of their own. Every text from the protocol goes through quotedLabel.
import type { DiscretionaryStart, Exit, Machine, Outcome, State } from '../../ir/types.ts';
import {
  capitalise,
  conditionText,
  deadlineText,
  leadTexts,
  meetingText,
  notificationText,
  recordTitles,
  requiredFormTitles,
  roleTitle,
  stateById,
  stepText,
} from './flow-describe.ts';
import { type LabelLine, quotedLabel } from './mermaid-escape.ts';
import { EDGE_LABEL_WIDTH, LABEL_WIDTH } from './mermaid-theme.ts';

/** The deadline, and the running total on a line of its own so a wrap never splits the two oddly. */
function deadlineLines(machine: Machine, state: State): LabelLine[] {
  const [deadline, ...total] = (deadlineText(machine, state) ?? '').split(' · ');
  if (!deadline) return [];
  return [{ text: `◷ ${deadline}` }, ...total.map((t) => ({ text: `· ${t}` }))];
}

export function stageLines(machine: Machine, state: State): LabelLine[] {
  const lines: LabelLine[] = [{ text: state.title, bold: true }];
  if (state.meetings.length > 0) lines.push({ text: state.meetings.map((m) => meetingText(machine, m)).join('; ') });
  for (const lead of leadTexts(machine, state)) lines.push({ text: lead });
  lines.push(...deadlineLines(machine, state));
  lines.push(...dutyLines(machine, state));
  // A form required here is marked on its record line rather than named twice in a small box.
  const required = requiredFormTitles(machine, state);
  const records = recordTitles(machine, state.records);
  const marked = [...records.map((t) => (required.includes(t) ? `${t} (required)` : t)), ...required.filter((t) => !records.includes(t)).map((t) => `${t} (required)`)];
  if (marked.length > 0) lines.push({ text: `✎ Record: ${marked.join('; ')}` });
  return lines;
}

/** Numbered steps (each with its own timescale) and notifications: never drawn as levels or routes. */
function dutyLines(machine: Machine, holder: Pick<State, 'steps' | 'notifications'>): LabelLine[] {
  const lines: LabelLine[] = [];
  (holder.steps ?? []).forEach((step, i) => {
    lines.push({ text: `${i + 1}. ${stepText(machine, step)}` });
    for (const n of step.notifications) lines.push({ text: `✉ ${notificationText(machine, n)}` });
  });
  for (const n of holder.notifications ?? []) lines.push({ text: `✉ ${notificationText(machine, n)}` });
  return lines;
}

/** A stage without levels: a rectangle. */
export function stageNode(id: string, machine: Machine, state: State): string {
  return `${id}[${quotedLabel(stageLines(machine, state), LABEL_WIDTH)}]`;
}

/** The title of a stage that groups levels (a subgraph): its title and its own deadline, if any. */
export function groupTitle(machine: Machine, state: State): string {
  const lines: LabelLine[] = [{ text: state.title, bold: true }];
  for (const lead of leadTexts(machine, state)) lines.push({ text: lead });
  lines.push(...deadlineLines(machine, state));
  return quotedLabel(lines, LABEL_WIDTH * 2);
}

/**
 * An outcome: an end shape with fully rounded ends (Mermaid's round box, given a large corner radius by
 * the `outcome` class). Mermaid 12 draws its own stadium shape as ~40 KB of sketched path per node, which
 * would make a chart with seven ends five times heavier on a phone. Binding decisions say so in words.
 */
export function outcomeNode(id: string, machine: Machine, outcome: Outcome): string {
  const lines: LabelLine[] = [{ text: `End: ${outcome.title}`, bold: true }];
  if (outcome.binding && !/\bbinding\b/i.test(outcome.title)) lines.push({ text: 'Final and binding' });
  lines.push(...dutyLines(machine, outcome));
  const records = recordTitles(machine, outcome.records);
  if (records.length > 0) lines.push({ text: `✎ Record: ${records.join('; ')}` });
  return `${id}(${quotedLabel(lines, LABEL_WIDTH)})`;
}

/** A way out of this procedure into another one: an asymmetric "flag" shape. */
export function exitNode(id: string, exit: Exit): string {
  const lines: LabelLine[] = [{ text: `Leave this procedure: ${exit.title}`, bold: true }];
  return `${id}>${quotedLabel(lines, LABEL_WIDTH)}]`;
}

/** A discretionary start ("if a child is at imminent risk, start at any stage"): a hexagon. */
export function discretionaryNode(id: string, machine: Machine, start: DiscretionaryStart): string {
  const heading = { urgent: 'Start at discretion', procedure: 'Another procedure', shortcut: 'Shortcut, by agreement' }[start.kind ?? 'urgent'];
  const lines: LabelLine[] = [{ text: heading, bold: true }];
  if (start.condition) lines.push({ text: `If ${conditionText(machine, start.condition)}` });
  if (start.after.length > 0) lines.push({ text: `After consulting ${start.after.map((r) => roleTitle(machine, r)).join(' or ')}` });
  if (!start.any && start.targets.length > 0) {
    lines.push({ text: `At ${start.targets.map((t) => stateById(machine, t)?.title ?? t).join(' or ')}` });
  }
  return `${id}{{${quotedLabel(lines, LABEL_WIDTH)}}}`;
}

/** The source of a route that applies "at any stage" and leads to a stage: a hexagon, drawn once. */
export function anyStageNode(id: string): string {
  return `${id}{{${quotedLabel([{ text: 'At any stage', bold: true }], LABEL_WIDTH)}}}`;
}

export function startNode(id: string): string {
  return `${id}((${quotedLabel([{ text: 'Start', bold: true }], LABEL_WIDTH)}))`;
}

/** Edge labels are narrower than nodes: Mermaid wraps them again past about 200px. */
export function edgeLabel(text: string): string {
  return `|${quotedLabel([{ text: capitalise(text) }], EDGE_LABEL_WIDTH)}|`;
}
