// simulate: the engine's public entry. It checks the machine first (loadMachine: schema, format
// version, references), so a hand-edited or foreign machine.json is one clear InvalidMachineError
// listing every problem, never a TypeError half-way through the walk (simulate.ts).

import type { Machine } from '../../compiler/ir/types.ts';
import { loadMachine } from '../machine/load-machine.ts';
import { simulateTrusted } from './simulate.ts';
import type { Simulation, SimulationOptions } from './types.ts';

export function simulate(machine: Machine, options: SimulationOptions): Simulation {
  return simulateTrusted(loadMachine(machine), options);
}
