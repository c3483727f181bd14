// The Stepladder runtime: everything needed to run a compiled protocol (machine.json) in Node or
// in a browser. The working-time calendar, the deadline timeline engine and the XState setup.
// Browser-safe by rule: no `node:` imports, no date library, no compiler (a test checks this).

export * from './calendar/index.ts';
export * from './engine/index.ts';
export * from './machine/index.ts';
export * from './xstate/index.ts';
export type { Machine } from '../compiler/ir/types.ts';
