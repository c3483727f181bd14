// `stepladder simulate <file> --start <date-time> [--event <stage>=<event>@<date-time>]...`: the
// timeline of one escalation, with real due dates (docs/simulate.md). Mistakes in the arguments
// are usage errors (exit 2) that name the argument; a protocol with errors prints them (exit 1).
// Only the command's shape is here; its work (cli/run/simulate.ts) is loaded when it runs.
import type { Command } from 'commander';
import { NATIONS } from '../../runtime/calendar/types.ts';
import type { CliIO } from '../io.ts';
import type { SetExit } from '../main.ts';
import type { SimulateOptions } from '../run/simulate.ts';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function registerSimulate(program: Command, io: CliIO, setExit: SetExit): void {
  program
    .command('simulate')
    .description('Walk one escalation through a protocol and print each stage with its due date and time.')
    .argument('<file>', 'the protocol file (- reads standard input)')
    .requiredOption('--start <date-time>', 'when the escalation was raised, London time (e.g. 2026-01-05T10:00)')
    .option('--nation <nation>', `bank holidays to use instead of the protocol's (${NATIONS.join(', ')})`)
    .option('--event <stage=event@date-time>', 'something that happened, e.g. step1=unresolved@2026-01-06T15:00 (repeatable; the time may be left out)', collect, [])
    .option('--condition <id>', 'a condition that holds for this case, e.g. child_protection (repeatable)', collect, [])
    .option('--start-at <stage>', 'start at a later stage, where the protocol allows it')
    .option('--closure <YYYY-MM-DD>', 'an extra local closure day (repeatable)', collect, [])
    .option('--holidays <file>', 'bank holidays beyond the built-in years: the official UK bank-holidays JSON file, or a list of {date, name}')
    .option('--format <format>', 'text (for people) or json (for tools)', 'text')
    .action(async (file: string, options: SimulateOptions) => (await import('../run/simulate.ts')).runSimulate(io, setExit, file, options));
}
