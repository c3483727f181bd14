// Sentences of the amendment log about stages: what a changed stage now says (its deadline, who
// meets, what is recorded), and what a new or removed stage contains, in the protocol's own words.
// Each side is read in its own version; the old one with renamed items under their new ids.
import { recordSentence, routeLabel, targetTitle } from '../emitters/mermaid/flow-describe.ts';
import { deadlineWording, formatAmount, namer, oneLine } from '../emitters/print-shared/text.ts';
import type { Deadline, Machine, State } from '../ir/types.ts';
import type { Change } from './compare.ts';
import { describeValue } from './describe.ts';

/** Text the protocol says, quoted so readers can tell its words from ours. */
export const said = (text: string): string => `“${oneLine(text).replace(/[.]$/, '')}”`;

const deadlineText = (machine: Machine, d: Deadline): string => {
  const purpose = d.purpose ? `${oneLine(d.purpose)}: ` : '';
  return `${purpose}${said(deadlineWording(d, namer(machine)))}`;
};

const deadlines = (machine: Machine, value: unknown): string[] => ((value as Deadline[] | null) ?? []).map((d) => deadlineText(machine, d));

/** What a stage holds, for a stage that is new or gone: who meets, its timescales, duties and routes. */
export function stageParts(machine: Machine, state: State): string[] {
  return [
    ...state.meetings.map((m) => describeValue(machine, 'meetings', m)),
    ...deadlines(machine, state.deadline).map((d) => `deadline ${d}`),
    ...deadlines(machine, state.timescales).map((d) => `timescale ${d}`),
    ...state.records.filter((r) => r.origin === 'state').map((r) => recordSentence(machine, r).replace(/^Record/, 'record')),
    ...machine.transitions.filter((t) => t.source === state.id).map((t) => `route: ${routeLabel(machine, t).toLowerCase()}, goes to ${oneLine(targetTitle(machine, t))}`),
  ];
}

export function stageContents(machine: Machine, state: State): string {
  const parts = stageParts(machine, state);
  return parts.length > 0 ? parts.join('; ') : 'nothing else';
}

/** Entries of a list property that one side has and the other has not, in words. */
function listDelta(before: Machine, after: Machine, was: unknown, now: unknown, words: (m: Machine, x: unknown) => string): { gone: string[]; come: string[] } {
  const a = ((was as unknown[] | null) ?? []).map((x) => words(before, x));
  const b = ((now as unknown[] | null) ?? []).map((x) => words(after, x));
  return { gone: a.filter((x) => !b.includes(x)), come: b.filter((x) => !a.includes(x)) };
}

const total = (value: unknown): string => {
  const amount = value as { amount: number; unit: Deadline['unit'] } | null;
  return amount ? formatAmount(amount.amount, amount.unit) : 'not calculable';
};

/** Deadlines in words; what each is for is left out when both sides say the same. */
function deadlinePair(before: Machine, after: Machine, was: unknown, now: unknown): [string[], string[]] {
  const [w, n] = [(was as Deadline[] | null) ?? [], (now as Deadline[] | null) ?? []];
  const samePurposes = w.length === n.length && w.every((d, i) => d.purpose === n[i]!.purpose);
  const words = (m: Machine, list: Deadline[]) => list.map((d) => (samePurposes ? said(deadlineWording(d, namer(m))) : deadlineText(m, d)));
  return [words(before, w), words(after, n)];
}

/** Sentences for one changed property of a stage that exists in both versions (the stage is named by the caller). */
export function stagePropertySentences(change: Change, before: Machine, after: Machine, otherChanges: readonly Change[]): string[] {
  const key = change.property ?? '';
  const [was, now] = [change.before, change.after];
  const pair = (label: string, w: string, n: string) => [`${label} ${n} (was ${w}).`];
  switch (key) {
    case 'title':
      return [];
    case 'deadline': {
      const [w, n] = deadlinePair(before, after, was, now);
      if (n.length === 0) return [`No deadline any more (was ${w.join('; ')}).`];
      if (w.length === 0) return [`New deadline: ${n.join('; ')}.`];
      return pair('Deadline now', w.join('; '), n.join('; '));
    }
    case 'cumulative':
      return pair('Total time from the start of the escalation (calculated) now', total(was), total(now));
    case 'owner':
      // Who leads follows from who meets: one sentence is enough when both changed.
      if (otherChanges.some((c) => c.property === 'meetings')) return [];
      return pair('Now led by', describeValue(before, 'owner', was), describeValue(after, 'owner', now));
    case 'meetings':
      return pair('Now', describeValue(before, 'meetings', was), describeValue(after, 'meetings', now));
    case 'description':
      return [`Now described as ${now ? said(String(now)) : 'nothing'} (was ${was ? said(String(was)) : 'no description'}).`];
    case 'timescales': {
      const { gone, come } = listDelta(before, after, was, now, (m, x) => deadlineText(m, x as Deadline));
      return [...come.map((x) => `New timescale: ${x}.`), ...gone.map((x) => `Removed timescale: ${x}.`)];
    }
    case 'records': {
      const words = (m: Machine, x: unknown) => recordSentence(m, x as State['records'][number]);
      const { gone, come } = listDelta(before, after, was, now, words);
      return [...come.map((x) => `New duty: ${x}.`), ...gone.map((x) => `Removed duty: ${x}.`)];
    }
    case 'consultations': {
      const { gone, come } = listDelta(before, after, was, now, (m, x) => describeValue(m, 'consultations', x));
      return [...come.map((x) => `New consultation: ${x}.`), ...gone.map((x) => `Removed consultation: ${x}.`)];
    }
    case 'actions':
    case 'results':
    case 'notes': {
      const { gone, come } = listDelta(before, after, was, now, (_m, x) => said(String(x)));
      const what = key === 'actions' ? 'action' : key === 'results' ? 'result' : 'note';
      return [...come.map((x) => `New ${what}: ${x}.`), ...gone.map((x) => `Removed ${what}: ${x}.`)];
    }
    default: {
      const { gone, come } = Array.isArray(was) || Array.isArray(now)
        ? listDelta(before, after, was, now, (m, x) => describeValue(m, key, x))
        : { gone: [describeValue(before, key, was)], come: [describeValue(after, key, now)] };
      const label = key.replace(/([a-z])([A-Z])/g, (_, a: string, b: string) => `${a} ${b.toLowerCase()}`);
      const named = `${label.charAt(0).toUpperCase()}${label.slice(1)}`;
      if (come.length === 1 && gone.length === 1) return pair(`${named} now`, gone[0]!, come[0]!);
      return [...come.map((x) => `${named}, new: ${x}.`), ...gone.map((x) => `${named}, removed: ${x}.`)];
    }
  }
}
