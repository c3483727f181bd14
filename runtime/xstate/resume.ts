// Cases that survive a restart. XState does not restore delayed events from a persisted snapshot
// (statelyai/xstate#5331), so a case saved on Friday and loaded on Monday would never record the
// deadline it missed. Our deadlines are absolute moments kept in the context (`dueAt`), so the
// restored actor can re-arm them itself: one event, handled at the root, records at once every
// deadline of an active state that passed while the case was stored (in the order they fell due),
// and arms a timer for each one still ahead. A restored case then has the same history as one that
// never stopped (test/xstate/persistence.test.ts).

import { MAX_TIMER_DELAY } from './timer-limit.ts';
import type { ProtocolContext } from './config.ts';

/** The event a restored actor is sent to re-arm its deadlines; handled once, at the root. */
export const RESUME_EVENT = 'stepladder.resume';

/** The timer of one state's deadline: one per state, so arming again replaces it. */
export const deadlineTimerId = (state: string): string => `stepladder.deadline-timer.${state}`;

/** Active state ids in a snapshot value such as `{ stage1: 'level2' }`, outermost first. */
export function activeStateIds(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([id, inner]) => [id, ...activeStateIds(inner)]);
}

export interface ResumePlan {
  /** States whose deadline passed while stored, in the order they fell due: recorded as missed now. */
  readonly missed: readonly string[];
  /** Timers to arm: the state and how long to wait (at most MAX_TIMER_DELAY). */
  readonly timers: readonly { readonly state: string; readonly delay: number }[];
}

/** What a restored actor must do about its deadlines at `now` (epoch ms). Pure, for testing. */
export function planResume(context: ProtocolContext, active: readonly string[], now: number): ResumePlan {
  const pending = active.filter((id) => context.dueAt[id] !== undefined && !context.missed.includes(id));
  // Stable sort: equal due moments keep the outermost-first order in which their timers were armed.
  const missed = pending.filter((id) => context.dueAt[id]! <= now).sort((a, b) => context.dueAt[a]! - context.dueAt[b]!);
  const timers = pending
    .filter((id) => context.dueAt[id]! > now)
    .map((state) => ({ state, delay: Math.min(MAX_TIMER_DELAY, context.dueAt[state]! - now) }));
  return { missed, timers };
}

