// Restoring a stored case: the persisted snapshot, started, then told to re-arm its deadlines
// (resume.ts explains why XState cannot do this alone).
//
//   const saved = JSON.stringify(actor.getPersistedSnapshot());             // Friday
//   const actor2 = restoreProtocolActor(createProtocolMachine(machine), JSON.parse(saved)); // Monday

import { createActor, type Actor, type ActorOptions, type Snapshot } from 'xstate';
import { RESUME_EVENT } from './resume.ts';
import type { createTrustedProtocolMachine } from './setup.ts';

/** What createProtocolMachine (and createTrustedProtocolMachine) returns. */
export type ProtocolLogic = ReturnType<typeof createTrustedProtocolMachine>;

/**
 * Restores a persisted case (`actor.getPersistedSnapshot()`, stored as JSON) and re-arms its
 * deadlines: those that passed while it was stored are recorded as missed at once (their due
 * moments stay in `context.dueAt`), later ones fire on time. Pass the logic from
 * createProtocolMachine with the same machine, and in tests the clock its `now` option reads.
 */
export function restoreProtocolActor(
  logic: ProtocolLogic,
  persisted: Snapshot<unknown>,
  options: Omit<ActorOptions<ProtocolLogic>, 'snapshot'> = {},
): Actor<ProtocolLogic> {
  const actor = createActor(logic, { ...options, snapshot: persisted });
  actor.start();
  if (actor.getSnapshot().status === 'active') actor.send({ type: RESUME_EVENT });
  return actor;
}
