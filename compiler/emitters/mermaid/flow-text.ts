// The text version of the flowchart (`flowchart.md`): the same stages, meetings, timescales, records and
// routes in reading order, for screen readers, for print and for anyone who cannot follow a picture.
// It says what the chart says and no more; the briefing and the site carry the full protocol.
import type { Machine, Notification, State, Step, Transition } from '../../ir/types.ts';
import { routesBySource } from '../../ir/routes-by-source.ts';
import {
  bodyTitle,
  conditionText,
  deadlineText,
  notificationText,
  otherTimescaleTexts,
  recordSentence,
  requiredFormTitles,
  roleTitle,
  routeDutyTexts,
  routeLabel,
  stateById,
  stepText,
  targetTitle,
} from './flow-describe.ts';
import { flattenText } from './mermaid-escape.ts';

/**
 * Protocol text as inert Markdown: no HTML, no emphasis, no links, no headings, on one line. It is
 * read as plain text too, so it uses backslash escapes (which Markdown drops) rather than HTML
 * entities (which a plain-text reader would see as "&amp;"): a bare "&" stays as it is, and only
 * an "&" that would start an entity is escaped.
 */
export function escapeMarkdown(text: string): string {
  return flattenText(text)
    .replace(/([\\`*_{}[\]#|~!<>])/g, '\\$1')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

const md = escapeMarkdown;

function whoLines(machine: Machine, state: State): string[] {
  const lines = state.meetings.map((m) => {
    const role = md(roleTitle(machine, m.role));
    if (m.with) return `Who meets: ${role} and ${md(roleTitle(machine, m.with))}.`;
    return m.counterpart ? `Who meets: ${role} and their counterpart in the other agency.` : `Who: ${role}.`;
  });
  if (state.owner && state.meetings.length === 0) lines.push(`Led by: ${md(roleTitle(machine, state.owner))}.`);
  for (const body of state.convenes) lines.push(`Convenes: ${md(bodyTitle(machine, body))}.`);
  for (const c of state.consultations) {
    const roles = c.roles.map((r) => md(roleTitle(machine, r))).join(' or ');
    lines.push(`${c.modality === 'should' ? 'Should' : 'May'} consult: ${roles}${c.when ? ` (${md(c.when)})` : ''}.`);
  }
  return lines;
}

function timescaleLines(machine: Machine, state: State): string[] {
  const deadline = deadlineText(machine, state, ', ');
  const wording = state.deadline.filter((d) => d.wording).map((d) => `“${md(d.wording ?? '')}”`);
  const stepsOnly = !deadline && (state.steps ?? []).some((s) => s.deadline);
  const lines = deadline
    ? [`Timescale: ${md(deadline)}${wording.length > 0 ? ` (the protocol says ${wording.join(' and ')})` : ''}.`]
    : stepsOnly ? [] : ['Timescale: none stated.'];
  for (const other of otherTimescaleTexts(machine, state)) lines.push(`Also: ${md(other)}.`);
  return lines;
}

/** "Step 1: …" for each step, then each notification, as sentences. */
function dutySentences(machine: Machine, holder: { steps?: Step[] | undefined; notifications?: Notification[] | undefined }): string[] {
  const lines: string[] = [];
  (holder.steps ?? []).forEach((step, i) => {
    lines.push(`Step ${i + 1}: ${md(stepText(machine, step))}.`);
    for (const n of step.notifications) lines.push(`${md(notificationText(machine, n))}.`);
  });
  for (const n of holder.notifications ?? []) lines.push(`${md(notificationText(machine, n))}.`);
  return lines;
}

function routeLine(machine: Machine, t: Transition): string {
  const duties = routeDutyTexts(machine, t);
  const then = duties.length > 0 ? ` Then: ${duties.map((d) => md(d)).join('; ')}.` : '';
  return routeLineOnly(machine, t) + then;
}

function routeLineOnly(machine: Machine, t: Transition): string {
  const label = md(routeLabel(machine, t));
  const target = md(targetTitle(machine, t));
  if (t.targetKind === 'outcome') return `${label}: ends with “${target}”.`;
  if (t.targetKind === 'exit') return `${label}: leave this procedure for “${target}”.`;
  return `${label}: go to “${target}”.`;
}

/** Lookups built once per text, so a large protocol is written in linear time. */
interface TextIndex {
  stateById: Map<string, State>;
  /** Each stage's own routes, in protocol order. */
  routesFrom: Map<string, Transition[]>;
}

function textIndex(machine: Machine): TextIndex {
  const stateById = new Map<string, State>();
  for (const s of machine.states) if (!stateById.has(s.id)) stateById.set(s.id, s);
  const routesFrom = routesBySource(machine);
  return { stateById, routesFrom };
}

function stageBlock(machine: Machine, index: TextIndex, state: State, number: string, indent: string): string[] {
  const facts = [
    ...whoLines(machine, state),
    ...(state.levels.length > 0 && state.deadline.length === 0 ? [] : timescaleLines(machine, state)),
    ...dutySentences(machine, state),
    ...state.records.map((d) => `${md(recordSentence(machine, d))}.`),
    ...requiredFormTitles(machine, state).map((title) => `Required form: ${md(title)}.`),
    ...(index.routesFrom.get(state.id) ?? []).map((t) => routeLine(machine, t)),
  ];
  const lines = [`${indent}${number}. **${md(state.title)}**`, ...facts.map((f) => `${indent}   - ${f}`)];
  state.levels.forEach((levelId, i) => {
    const level = index.stateById.get(levelId);
    if (level) lines.push(...stageBlock(machine, index, level, String(i + 1), `${indent}   `));
  });
  return lines;
}

function anyStageLines(machine: Machine): string[] {
  const lines: string[] = [];
  for (const start of machine.discretionaryStarts) {
    const when = start.condition ? `If ${md(conditionText(machine, start.condition))}, ` : '';
    const where = start.any
      ? 'any stage may be started'
      : `the escalation may start at ${start.targets.map((t) => `“${md(stateById(machine, t)?.title ?? t)}”`).join(' or ')}`;
    const after = start.after.length > 0 ? `, after consulting ${start.after.map((r) => md(roleTitle(machine, r))).join(' or ')}` : '';
    lines.push(`- ${when}${where}${after}.`);
  }
  for (const t of machine.transitions.filter((x) => x.source === null)) lines.push(`- At any stage: ${routeLine(machine, t)}`);
  return lines;
}

export function flowText(machine: Machine): string {
  const out = [
    `# Flowchart, text version: ${md(machine.meta.title)}`,
    '',
    `${md(machine.meta.partnership.name)}. The stages in order, who meets at each, the timescale, what to record and where each result leads.`,
    '',
    `Start at: “${md(stateById(machine, machine.initial)?.title ?? machine.initial)}”.`,
  ];
  const anyStage = anyStageLines(machine);
  if (anyStage.length > 0) out.push('', '## At any stage', '', ...anyStage);
  out.push('', '## Stages', '');
  for (const phase of machine.phases ?? []) {
    const titles = phase.states.map((id) => `“${md(stateById(machine, id)?.title ?? id)}”`);
    out.push(`- Phase “${md(phase.title)}”: ${titles.join(', ')}.`);
  }
  if ((machine.phases ?? []).length > 0) out.push('');
  const index = textIndex(machine);
  machine.states.filter((s) => s.parent === null).forEach((s, i) => out.push(...stageBlock(machine, index, s, String(i + 1), '')));
  out.push('', '## Ends', '');
  for (const o of machine.outcomes) {
    const facts = [
      o.binding && !/\bbinding\b/i.test(o.title) ? 'Final and binding.' : '',
      o.description ? md(o.description) : '',
      ...o.records.map((d) => `${md(recordSentence(machine, d))}.`),
      ...dutySentences(machine, o),
    ];
    out.push(`- **${md(o.title)}**${facts.some(Boolean) ? `: ${facts.filter(Boolean).join(' ')}` : ''}`);
  }
  for (const x of machine.exits) out.push(`- **${md(x.title)}** (leaves this procedure)${x.description ? `: ${md(x.description)}` : ''}`);
  return `${out.join('\n')}\n`;
}
