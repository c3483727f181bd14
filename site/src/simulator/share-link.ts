// Writing a case into a link and reading it back. The case goes in the URL's fragment (after `#`),
// which browsers never send to the server, so a shared case reaches no log:
//
//   #simulator?v=1&start=2026-12-18T16:30&nation=wales&if=child_protection&from=stage2
//     &steps=level1.unresolved,level2.resolved@2026-12-22T10:00
//
// A link is text from anywhere: reading it never throws, and anything that is not the exact shape
// written here is dropped. Whether the stages and events exist is checked later, against the
// protocol (case-view.ts, settleScenario).

import { isNation } from '../../../runtime/calendar/types.ts';
import type { Scenario, ScenarioStep } from './scenario.ts';

export const SHARE_PREFIX = '#simulator?';
const FORMAT_VERSION = '1';
/** Longer fragments are not ours: a real case is a few hundred characters. */
const MAX_FRAGMENT = 8000;
export const MAX_SHARED_STEPS = 100;

/** The protocol language's names (compiler/ir/schema-parts.ts `Id`), with a sane length. */
const ID = /^[\p{L}_][\p{L}\p{N}_-]{0,99}$/u;
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
/** One step as written: `<state>.<event>` or `<state>.<event>@<time>`; ids contain none of `.,@`. */
const STEP = /^([^.,@]+)\.([^.,@]+)(?:@([0-9T:-]+))?$/;

const isId = (value: string | null): value is string => value !== null && ID.test(value);
const isTime = (value: string | null): value is string => value !== null && TIME.test(value);

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** Ids may hold any letter; everything else in the link is ASCII that needs no escaping. */
const encode = (id: string): string => encodeURIComponent(id);

export function encodeScenario(scenario: Scenario): string {
  const params = [`v=${FORMAT_VERSION}`, `start=${scenario.start}`];
  if (scenario.nation) params.push(`nation=${scenario.nation}`);
  if (scenario.conditions.length > 0) params.push(`if=${scenario.conditions.map(encode).join(',')}`);
  if (scenario.startAt) params.push(`from=${encode(scenario.startAt)}`);
  if (scenario.steps.length > 0) {
    const steps = scenario.steps.map((s) => `${encode(s.state)}.${encode(s.event)}${s.at ? `@${s.at}` : ''}`);
    params.push(`steps=${steps.join(',')}`);
  }
  return `${SHARE_PREFIX}${params.join('&')}`;
}

/** The page's address with the case in its fragment (any fragment already there is replaced). */
export function shareUrl(pageUrl: string, scenario: Scenario): string {
  const hashAt = pageUrl.indexOf('#');
  return `${hashAt === -1 ? pageUrl : pageUrl.slice(0, hashAt)}${encodeScenario(scenario)}`;
}

export function isShareFragment(fragment: string): boolean {
  return fragment.startsWith(SHARE_PREFIX);
}

function readParams(query: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const key = pair.slice(0, eq);
    // The first of a repeated key wins, so a link cannot be "corrected" by appending to it.
    if (!params.has(key)) params.set(key, pair.slice(eq + 1));
  }
  return params;
}

function readStep(text: string): ScenarioStep | null {
  const match = STEP.exec(text);
  if (!match) return null;
  const state = decode(match[1] ?? '');
  const event = decode(match[2] ?? '');
  const at = match[3] ?? null;
  if (!isId(state) || !isId(event) || (at !== null && !isTime(at))) return null;
  return { state, event, at };
}

/**
 * The case in a fragment (`location.hash`), or null when the fragment is not a simulator link.
 * A missing or unreadable start becomes `fallbackStart`; unreadable parts are dropped, and steps
 * stop at the first unreadable one (later steps depend on it).
 */
export function decodeScenario(fragment: string, fallbackStart: string): Scenario | null {
  if (!isShareFragment(fragment) || fragment.length > MAX_FRAGMENT) return null;
  const params = readParams(fragment.slice(SHARE_PREFIX.length));
  if (params.get('v') !== FORMAT_VERSION) return null;
  const start = params.get('start') ?? null;
  const nation = params.get('nation') ?? null;
  const conditions = (params.get('if') ?? '').split(',').map(decode).filter(isId);
  const from = decode(params.get('from') ?? '');
  const steps: ScenarioStep[] = [];
  for (const text of (params.get('steps') ?? '').split(',')) {
    const step = text === '' ? null : readStep(text);
    if (step === null || steps.length >= MAX_SHARED_STEPS) break;
    steps.push(step);
  }
  return {
    start: isTime(start) ? start : fallbackStart,
    nation: isNation(nation) ? nation : null,
    conditions: [...new Set(conditions)].sort(),
    startAt: isId(from) ? from : null,
    steps,
  };
}
