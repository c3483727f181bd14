// "What do I do now": the protocol page's first screen, worked out from the stage views. Each stage
// in a few lines (who, by when, what to record), the urgent route in the protocol's own terms, and
// nothing the protocol does not say: a stage without a timescale says so.
import type { Machine } from '../../../compiler/ir/types.ts';
import { namer, oneLine } from '../../../compiler/emitters/print-shared/text.ts';
import { anyStageRoutes, shortTitle, type StageView } from './stage-view.ts';

export const NO_TIMESCALE = 'No timescale is stated for this stage.';

export interface StepSummary {
  anchor: string;
  title: string;
  who: string[];
  when: string[];
  record: string[];
  /** Levels inside the stage, by their short titles ("Level One", …). */
  levels: string[];
}

function whenLines(stage: StageView): string[] {
  const lines = stage.deadlines.map((d) => (d.condition ? `${d.condition}: ${lowerFirst(d.wording)}` : d.wording));
  return lines.length > 0 ? lines : stage.timescales.map((t) => (t.condition ? `${t.condition}: ${lowerFirst(t.wording)}` : t.wording));
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function summary(stage: StageView): StepSummary {
  const when = whenLines(stage);
  const levelWhen = stage.levels.flatMap((l) => whenLines(l).map((w) => `${shortTitle(l.title)}: ${lowerFirst(w)}`));
  const who = stage.who.filter((f) => !/^(May|Should) consult/.test(f.text)).map((f) => f.text);
  return {
    anchor: stage.anchor,
    title: stage.title,
    who: who.length > 0 ? who : stage.levels.flatMap((l) => l.who.slice(0, 1).map((f) => `${shortTitle(l.title)}: ${f.text}`)),
    when: when.length > 0 ? when : levelWhen.length > 0 ? levelWhen : [NO_TIMESCALE],
    record: [...stage.records, ...stage.levels.flatMap((l) => l.records)]
      .filter((r, i, all) => all.findIndex((o) => o.record === r.record) === i)
      .map((r) => (r.by ? `${r.title} (by ${r.by})` : r.title)),
    levels: stage.levels.map((l) => shortTitle(l.title)),
  };
}

export function stepSummaries(stages: StageView[]): StepSummary[] {
  return stages.map(summary);
}

/** What the protocol says to do when it is urgent; empty when it gives no urgent route. */
export function urgentRoute(machine: Machine, stages: StageView[]): string[] {
  const names = namer(machine);
  const lines: string[] = [];
  for (const start of machine.discretionaryStarts) {
    const condition = start.condition ? names.condition(start.condition) : null;
    const targets = start.targets.map((t) => shortTitle(oneLine(names.target(t))));
    if (condition) lines.push(`If ${condition}, you may start at ${targets.join(' or ')} instead of the first stage.`);
  }
  for (const route of anyStageRoutes(machine)) {
    if (route.when === 'If urgent') lines.push(`At any stage, if it is urgent: go to ${route.targetTitle}.`);
  }
  const walk = (list: StageView[]) => {
    for (const stage of list) {
      for (const route of stage.routes) if (route.when === 'If urgent') lines.push(`From ${shortTitle(stage.title)}, if it is urgent: ${route.targetTitle}.`);
      walk(stage.levels);
    }
  };
  walk(stages);
  // Shorter deadlines for some cases ("24 hours where the issue relates to child protection"), in the protocol's words.
  for (const state of machine.states) {
    for (const d of state.deadline) {
      if (d.condition) lines.push(`${shortTitle(oneLine(state.title))}: ${d.wording ? oneLine(d.wording) : `if ${names.condition(d.condition)}`}.`);
    }
  }
  return [...new Set(lines.map((l) => l.replace(/\.\.$/, '.')))];
}
