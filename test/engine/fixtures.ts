// The machines the engine, XState and simulate tests run on: the five real protocols, and a small
// test protocol (samples/guarded) with the constructs the seeds lack: a guarded route, a stage
// deadline over levels, a conditional deadline, a closure day and an "at any stage" exit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileSource, createCompilerTools } from '../../compiler/index.ts';
import type { Machine } from '../../compiler/ir/types.ts';
import { compileProtocol, protocolFiles } from '../helpers/protocols.ts';

export const SEED_IDS = ['cumberland', 'generic-lscb', 'lincolnshire', 'sefton', 'warwickshire'] as const;
export type SeedId = (typeof SEED_IDS)[number];

export const GUARDED_FILE = join(import.meta.dirname, 'samples', 'guarded', 'guarded.protocol');

export function compileSeeds(): Record<SeedId, Machine> {
  const tools = createCompilerTools();
  const machines = Object.fromEntries(protocolFiles().map((p) => [p.name, compileProtocol(p, tools)]));
  for (const id of SEED_IDS) if (!machines[id]) throw new Error(`protocols/${id}.protocol is missing`);
  return machines as Record<SeedId, Machine>;
}

export function compileGuarded(): Machine {
  const result = compileSource(readFileSync(GUARDED_FILE, 'utf8'), 'guarded.protocol');
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (!result.machine || errors.length > 0) throw new Error(`guarded.protocol did not compile: ${errors.map((d) => d.message).join('; ')}`);
  return result.machine;
}
