// Running a compiled protocol with XState v5 (docs/xstate.md): the machine config (also written as
// xstate.json by the build) and the guards, delays and actions it names.

export { deadlineEventName, toXStateConfig } from './config.ts';
export type { ProtocolContext, XStateActionRef, XStateMachineConfig, XStateNodeConfig, XStateTransitionConfig } from './config.ts';
export { createProtocolMachine } from './checked-machine.ts';
export { MAX_TIMER_DELAY, createProtocolSetup, createTrustedProtocolMachine } from './setup.ts';
export type { ProtocolEvent, ProtocolSetup, ProtocolSetupOptions } from './setup.ts';
export { RESUME_EVENT, activeStateIds, planResume } from './resume.ts';
export type { ResumePlan } from './resume.ts';
export { restoreProtocolActor } from './restore.ts';
export type { ProtocolLogic } from './restore.ts';
export type { UnhandledEvent } from './unhandled.ts';
