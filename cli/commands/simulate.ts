// Placeholder until the simulate command lands.
import type { Command } from 'commander';
import type { CliIO } from '../io.ts';
import type { SetExit } from '../main.ts';
export function registerSimulate(_program: Command, _io: CliIO, _setExit: SetExit): void {}
